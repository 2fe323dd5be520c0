import { startApp } from './startApp';
import 'virtual:kdd-hangul.css';
import './styles/index.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

void startApp(container);
