// The few controls of the first screen that Fluent would bring a lot of code for: tabs
// (Fluent's TabList pulls in its own keyboard-navigation machinery), a busy indicator and
// a severity badge. Same roles and keyboard behaviour, styled by pane.css on Fluent's
// theme variables.
import { useRef, type KeyboardEvent, type ReactNode } from "react";

export interface TabItem<T extends string> {
  value: T;
  label: string;
}

/**
 * A row of tabs (WAI-ARIA tabs pattern, automatic activation): one tab in the tab order,
 * the arrow keys, Home and End move between tabs and select the one they land on.
 */
export function Tabs<T extends string>({
  items,
  selected,
  onSelect,
  label,
}: {
  items: TabItem<T>[];
  selected: T;
  onSelect(value: T): void;
  label?: string;
}) {
  const list = useRef<HTMLDivElement>(null);
  const move = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = items.findIndex((i) => i.value === selected);
    const last = items.length - 1;
    const to = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: last }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const next = (to + items.length) % items.length;
    onSelect(items[next].value);
    list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[next]?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className="ra-tablist" ref={list} onKeyDown={move}>
      {items.map((i) => (
        <button
          key={i.value}
          type="button"
          role="tab"
          className="ra-tab"
          aria-selected={i.value === selected}
          tabIndex={i.value === selected ? 0 : -1}
          onClick={() => onSelect(i.value)}
        >
          {i.label}
        </button>
      ))}
    </div>
  );
}

/** Work in progress: a spinner and its label, announced politely. */
export function Busy({ label }: { label: string }) {
  return (
    <div className="ra-busy" role="status" aria-live="polite">
      <span className="ra-spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

export function Badge({ tone, children }: { tone: "error" | "warning" | "info"; children: ReactNode }) {
  return <span className={`ra-badge ra-badge-${tone}`}>{children}</span>;
}

/** Class names, the falsy ones left out. */
export function cx(...names: (string | false | undefined | null)[]): string {
  return names.filter(Boolean).join(" ");
}
