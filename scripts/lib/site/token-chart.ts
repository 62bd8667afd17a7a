// Pure: a small SVG line chart of token counts over a prompt's versions, drawn at build time, with
// each version's label under its point (thinned out when there are many), both axes labelled, and
// the current version marked. The numbers are also in the versions table beside it.
import { escapeMarkup } from './escape.ts';

export interface TokenPoint {
  /** Version label, `v3·0d4cf2`. */
  label: string;
  tokens: number;
  /** The version in the working tree. */
  current?: boolean;
}

/** Horizontal room per point; labels closer than this would overlap. */
const STEP = 78;
const FONT = 12;

export function renderTokenChart(points: readonly TokenPoint[], { height = 150 } = {}): string {
  const pad = { left: 48, right: 40, top: 14, bottom: 40 };
  const width = Math.max(320, pad.left + pad.right + Math.max(1, points.length - 1) * Math.min(STEP, 600 / Math.max(1, points.length - 1)));
  const max = Math.max(1, ...points.map((p) => p.tokens));
  const innerW = width - pad.left - pad.right;
  const innerH = height - pad.top - pad.bottom;
  const x = (i: number) => pad.left + (points.length <= 1 ? innerW / 2 : (i * innerW) / (points.length - 1));
  const y = (tokens: number) => pad.top + innerH - (tokens / max) * innerH;
  const every = Math.max(1, Math.ceil(points.length / Math.max(1, Math.floor(innerW / STEP) + 1)));
  const line = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)} ${y(p.tokens).toFixed(1)}`).join(' ');
  const dots = points.map((p, i) => {
    const cx = x(i).toFixed(1);
    const cy = y(p.tokens).toFixed(1);
    const title = `<title>${escapeMarkup(`${p.label}${p.current ? ' (current)' : ''}: ${p.tokens} tokens`)}</title>`;
    return p.current
      ? `<circle class="current" cx="${cx}" cy="${cy}" r="6">${title}</circle>`
      : `<circle cx="${cx}" cy="${cy}" r="3.5">${title}</circle>`;
  }).join('');
  const labels = points.map((p, i) => (i % every === 0 || i === points.length - 1 || p.current
    ? `<text x="${x(i).toFixed(1)}" y="${pad.top + innerH + 16}" text-anchor="middle"${p.current ? ' font-weight="700"' : ''}>${escapeMarkup(p.label)}</text>`
    : '')).join('');
  const summary = points.map((p) => `${p.label}${p.current ? ' (current)' : ''} ${p.tokens}`).join(', ');
  return (
    `<svg class="token-chart" xmlns="http://www.w3.org/2000/svg" role="img" width="${Math.round(width)}" height="${height}" viewBox="0 0 ${Math.round(width)} ${height}" font-size="${FONT}">` +
    `<title>${escapeMarkup(`Token count per version, oldest to newest: ${summary}`)}</title>` +
    `<line class="axis" x1="${pad.left}" y1="${pad.top + innerH}" x2="${width - pad.right}" y2="${pad.top + innerH}"/>` +
    `<line class="axis" x1="${pad.left}" y1="${pad.top}" x2="${pad.left}" y2="${pad.top + innerH}"/>` +
    `<text x="${pad.left - 6}" y="${pad.top + 4}" text-anchor="end">${max}</text>` +
    `<text x="${pad.left - 6}" y="${pad.top + innerH}" text-anchor="end">0</text>` +
    `<text x="12" y="${pad.top + innerH / 2}" text-anchor="middle" transform="rotate(-90 12 ${pad.top + innerH / 2})">tokens</text>` +
    `<text x="${pad.left + innerW / 2}" y="${height - 4}" text-anchor="middle">version, oldest to newest</text>` +
    `<path class="line" d="${line}"/><g class="dots">${dots}</g>${labels}</svg>`
  );
}
