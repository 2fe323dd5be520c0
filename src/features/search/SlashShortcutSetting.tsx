import { setSlashShortcut, useSlashShortcutSetting } from './slashShortcutStore';

export function SlashShortcutSetting() {
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
        Keyboard shortcut: press <kbd>/</kbd> on any page to jump to the search field
      </label>
    </div>
  );
}
