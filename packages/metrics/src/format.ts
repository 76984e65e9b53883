/** Seconds as minutes with one decimal ("4.2 min"), or an em dash when there is no value. */
export function minutes(seconds: number | null | undefined): string {
  return seconds === null || seconds === undefined ? '—' : `${(seconds / 60).toFixed(1)} min`;
}

/** A share in [0, 1] as a percentage ("97.5%"), or an em dash. */
export function percent(share: number | null | undefined): string {
  return share === null || share === undefined ? '—' : `${(share * 100).toFixed(1)}%`;
}

/** A long span in the unit that reads best: minutes, hours or days. */
export function span(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return '—';
  if (seconds < 3600) return `${(seconds / 60).toFixed(0)} min`;
  if (seconds < 2 * 86_400) return `${(seconds / 3600).toFixed(1)} h`;
  return `${(seconds / 86_400).toFixed(1)} d`;
}

/** Deployments per day as people say it: per day, or per week when rarer than daily. */
export function frequency(perDay: number): string {
  if (perDay >= 1) return `${perDay.toFixed(1)}/day`;
  return `${(perDay * 7).toFixed(1)}/week`;
}
