import { createFileRoute, redirect } from '@tanstack/react-router';
import { days } from '../../data/agenda';

export const Route = createFileRoute('/agenda/')({
  // A loader rather than beforeLoad, so that it and the programme it reads stay off the first load.
  loader: () => {
    const [first] = days;
    if (first) throw redirect({ to: '/agenda/$day', params: { day: first.id }, replace: true });
  },
});
