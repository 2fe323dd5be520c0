import { useMessages } from '../../i18n/catalogue';
import { setSlashShortcut, useSlashShortcutSetting } from './slashShortcutStore';

export function SlashShortcutSetting() {
  const t = useMessages('search');
  const on = useSlashShortcutSetting();
  return (
    <div className="checkbox shortcut-setting">
      <input
        type="checkbox"
        id="slash-shortcut"
        checked={on}
        onChange={(event) => setSlashShortcut(event.target.checked)}
      />
      <label htmlFor="slash-shortcut">
        {t.shortcutBefore}
        <kbd>/</kbd>
        {t.shortcutAfter}
      </label>
    </div>
  );
}
