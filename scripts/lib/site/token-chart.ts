// Pure: a small SVG line chart of token counts over a prompt's versions, drawn at build time.
import { escapeMarkup } from './escape.ts';

export interface TokenPoint {
  label: string;
  tokens: number;
}

export function renderTokenChart(points: readonly TokenPoint[], { width = 320, height = 90 } = {}): string {
  const pad = { left: 36, right: 8, top: 8, bottom: 18 };
  const max = Math.max(1, ...points.map((p) => p.tokens));
  const innerW = width - pad.left - pad.right;
  const innerH = height - pad.top - pad.bottom;
  const x = (i: number) => pad.left + (points.length <= 1 ? innerW / 2 : (i * innerW) / (points.length - 1));
  const y = (tokens: number) => pad.top + innerH - (tokens / max) * innerH;
  const line = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)} ${y(p.tokens).toFixed(1)}`).join(' ');
  const dots = points.map((p, i) => `<circle cx="${x(i).toFixed(1)}" cy="${y(p.tokens).toFixed(1)}" r="3"><title>${escapeMarkup(`${p.label}: ${p.tokens} tokens`)}</title></circle>`).join('');
  const summary = points.map((p) => `${p.label} ${p.tokens}`).join(', ');
  return (
    `<svg class="token-chart" xmlns="http://www.w3.org/2000/svg" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<title>${escapeMarkup(`Token count per version: ${summary}`)}</title>` +
    `<line x1="${pad.left}" y1="${pad.top + innerH}" x2="${width - pad.right}" y2="${pad.top + innerH}" stroke="#d0d7de"/>` +
    `<text x="${pad.left - 4}" y="${pad.top + 8}" text-anchor="end" font-size="10">${max}</text>` +
    `<text x="${pad.left - 4}" y="${pad.top + innerH}" text-anchor="end" font-size="10">0</text>` +
    `<path d="${line}" fill="none" stroke="#0b57d0" stroke-width="2"/><g fill="#0b57d0">${dots}</g></svg>`
  );
}
