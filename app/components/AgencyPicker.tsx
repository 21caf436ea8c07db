"use client";
// Choose several agencies: the chosen ones as removable chips, a searchable list to add more.
import { useId, useState } from "react";
import { t, type Lang } from "../lib/i18n";

export function AgencyPicker({ lang, all, chosen, onChange }: { lang: Lang; all: readonly string[]; chosen: readonly string[]; onChange?: (agencies: string[]) => void }) {
  const listId = useId();
  const [text, setText] = useState("");
  const add = () => {
    if (all.includes(text) && !chosen.includes(text)) onChange?.([...chosen, text]);
    setText("");
  };
  return (
    <div className="agency-picker">
      <ul className="chips">
        {chosen.map((a) => (
          <li key={a}>
            {a}
            <button type="button" aria-label={`${t(lang, "remove")} ${a}`} disabled={!onChange} onClick={() => onChange?.(chosen.filter((x) => x !== a))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <label>
        {t(lang, "addAgency")}
        <input
          list={listId}
          value={text}
          disabled={!onChange}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              add();
            }
          }}
          onBlur={add}
        />
      </label>
      <datalist id={listId}>
        {all
          .filter((a) => !chosen.includes(a))
          .map((a) => (
            <option key={a} value={a} />
          ))}
      </datalist>
    </div>
  );
}
