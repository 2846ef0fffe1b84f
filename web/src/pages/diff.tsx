// What a proposal would change, for its reviewer: the fields whose value differs
// between the record before and after, each with its old and new value, written out
// as text and lists rather than as JSON.
import { useT } from "../i18n";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isRecord(value: unknown): value is Record<string, Json> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Top-level fields whose values differ; a creation (no `before`) or deletion (no `after`) lists every field. */
export function changedFields(before: unknown, after: unknown): { field: string; before: Json | undefined; after: Json | undefined }[] {
  const old = isRecord(before) ? before : {};
  const next = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(old), ...Object.keys(next)])];
  return fields
    .filter((field) => JSON.stringify(old[field] ?? null) !== JSON.stringify(next[field] ?? null))
    .map((field) => ({ field, before: old[field], after: next[field] }));
}

/** `stated_on`, `summaryFr`: words, for a field the dictionary does not name. */
function humanize(field: string): string {
  return field.replace(/_/g, " ").replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

/** A JSON value as a reader reads it: text as text, lists as lists, objects as "name: value" lines. */
export function Value({ value }: { value: Json | undefined }) {
  const { t, label } = useT();
  if (value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0)) {
    return <span class="help">{t.nothing}</span>;
  }
  if (typeof value === "boolean") return <>{value ? t.yes : t.no}</>;
  if (typeof value === "number") return <>{String(value)}</>;
  // An enum value of the schema (`OPPOSES`) in words; any other text verbatim.
  if (typeof value === "string") return <>{/^[A-Z][A-Z_]+$/.test(value) ? label(value) : value}</>;
  if (Array.isArray(value)) {
    return <ul class="json-list">{value.map((item) => <li><Value value={item} /></li>)}</ul>;
  }
  return (
    <dl class="json-record">
      {Object.entries(value).map(([key, item]) => (
        <div>
          <dt>{t.fieldNames[key] ?? humanize(key)}</dt>
          <dd><Value value={item} /></dd>
        </div>
      ))}
    </dl>
  );
}

export function DiffTable({ before, after, caption }: { before: unknown; after: unknown; caption: string }) {
  const { t } = useT();
  const rows = changedFields(before, after);
  if (rows.length === 0) return <p>{t.noFieldChanges}</p>;
  return (
    <table class="proposal-diff">
      <caption>{caption}</caption>
      <thead>
        <tr><th scope="col">{t.field}</th><th scope="col">{t.before}</th><th scope="col">{t.after}</th></tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr data-field={row.field}>
            <th scope="row">{t.fieldNames[row.field] ?? humanize(row.field)}</th>
            <td class="old"><Value value={row.before} /></td>
            <td class="new"><Value value={row.after} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
