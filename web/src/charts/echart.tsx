import { useEffect, useRef } from 'react';
import type { EChartsCoreOption } from 'echarts/core';

type ECharts = ReturnType<typeof import('echarts/core').init>;

export interface EChartProps {
  option: EChartsCoreOption;
  height?: number;
  /** Called with the clicked item's data (a node or a bar). */
  onItemClick?(data: unknown, dataType: string | undefined): void;
  label: string;
}

/**
 * One ECharts chart. ECharts itself is loaded on first use (its own chunk), and the chart follows
 * its box's size. `label` names the chart for screen readers and tests.
 */
export function EChart({ option, height = 360, onItemClick, label }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const clickHandler = useRef(onItemClick);
  clickHandler.current = onItemClick;

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | null = null;
    void import('./echarts-core').then(({ echarts }) => {
      if (disposed || !box.current) return;
      const instance = echarts.init(box.current, undefined, { renderer: 'canvas' });
      chart.current = instance;
      instance.setOption(option, true);
      instance.on('click', (params) => clickHandler.current?.((params as { data?: unknown }).data, (params as { dataType?: string }).dataType));
      // Resizes are batched to the next frame and skipped once the chart is gone: a notification
      // can still arrive while the page is being left, and ECharts throws on a disposed chart.
      let frame = 0;
      observer = new ResizeObserver(() => {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => {
          if (!disposed && !instance.isDisposed()) instance.resize();
        });
      });
      observer.observe(box.current);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
    // The chart is created once; option changes are applied below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const instance = chart.current;
    if (instance && !instance.isDisposed()) instance.setOption(option, true);
  }, [option]);

  return <div ref={box} className="echart" style={{ height }} role="img" aria-label={label} data-chart={label} />;
}
