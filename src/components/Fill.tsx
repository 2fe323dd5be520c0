import { Fragment } from 'react';
import type { ReactNode } from 'react';

/**
 * A message with named slots filled by elements, so that a name quoted in
 * English keeps its `lang` inside a sentence in the page's language:
 * <Fill message="{event}에서 발표한 기관" slots={{ event: <span lang="en">…</span> }} />
 */
export function Fill({ message, slots }: { message: string; slots: Record<string, ReactNode> }) {
  return message
    .split(/\{(\w+)\}/)
    .map((part, index) => (index % 2 === 1 ? <Fragment key={index}>{slots[part]}</Fragment> : part));
}
