import { describe, expect, it } from 'vitest';
import { layerNodes, renderLineageSvg, type LineageNode } from './lineage-svg.ts';
import { renderTokenChart } from './token-chart.ts';

const node = (key: string, prompt: string, version: number, own = true): LineageNode => ({ key, prompt, version, href: `/p/${key}`, label: `${prompt} v${version}`, versionLabel: `v${version}·${key.padEnd(6, '0')}`, own });

describe('the lineage picture', () => {
  it('places each version one layer right of its deepest parent', () => {
    const nodes = [node('a1', 'a', 1), node('a2', 'a', 2), node('a3x', 'a', 3), node('a3y', 'a', 3), node('a4', 'a', 4), node('b1', 'b', 1, false)];
    const edges = [
      { from: 'a1', to: 'a2', kind: 'edit' as const }, { from: 'a2', to: 'a3x', kind: 'edit' as const }, { from: 'a2', to: 'a3y', kind: 'edit' as const },
      { from: 'a3x', to: 'a4', kind: 'merge' as const }, { from: 'a3y', to: 'a4', kind: 'merge' as const }, { from: 'a2', to: 'b1', kind: 'fork' as const },
    ];
    expect(Object.fromEntries(layerNodes(nodes, edges))).toEqual({ a1: 0, a2: 1, a3x: 2, a3y: 2, a4: 3, b1: 2 });
    const svg = renderLineageSvg({ id: 'a', nodes, edges, title: 'Lineage of a' });
    expect(svg.match(/<rect /g)).toHaveLength(6);
    expect(svg.match(/class="edge edge-merge"/g)).toHaveLength(2);
    expect(svg).toContain('class="edge edge-fork"');
  });

  it('names the ends of every arrow by their version label, not their record key', () => {
    const nodes = [node('a1', 'a', 1), node('a2', 'a', 2), node('b1', 'b', 1, false)];
    const edges = [{ from: 'a1', to: 'a2', kind: 'edit' as const }, { from: 'a2', to: 'b1', kind: 'fork' as const }];
    const svg = renderLineageSvg({ id: 'a', nodes, edges, title: 'Lineage of a' });
    expect(svg).toContain('<title>edit: v1·a10000 → v2·a20000</title>');
    expect(svg).toContain('<title>fork: v2·a20000 → b v1·b10000</title>');
  });

  it('escapes every text it draws', () => {
    const evil = node('x1', '<script>alert(1)</script>', 1, false);
    const svg = renderLineageSvg({ id: 'e"vil', nodes: [{ ...evil, label: '"><img src=x onerror=alert(1)>', href: '/p/"onmouseover="alert(1)' }], edges: [], title: '<b>t</b>' });
    expect(svg).not.toMatch(/<script|<img|<b>|"onmouseover/);
    expect(svg).toContain('&lt;b&gt;t&lt;/b&gt;');
    expect(svg).toContain('id="arrow-e-vil"');
  });

  it('draws token counts as a chart with a point per version', () => {
    const svg = renderTokenChart([{ label: 'v1', tokens: 10 }, { label: 'v2 <x>', tokens: 30 }]);
    expect(svg.match(/<circle /g)).toHaveLength(2);
    expect(svg).toContain('v2 &lt;x&gt;: 30 tokens');
  });
});
