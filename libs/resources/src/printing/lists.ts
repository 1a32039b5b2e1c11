/** listWithMoreString: at most `max` items, then " + N more..."; "<unset>" when nothing. */
export function listWithMore(items: readonly string[], total: number, max: number): string {
  const shown = items.slice(0, max).join(',');
  if (total > max) return `${shown} + ${total - max} more...`;
  return shown || '<unset>';
}
