import { createFileRoute, redirect } from '@tanstack/react-router';
import { days } from '../../data/agenda';

export const Route = createFileRoute('/agenda/')({
  beforeLoad: () => {
    const [first] = days;
    if (first) throw redirect({ to: '/agenda/$day', params: { day: first.id }, replace: true });
  },
});
