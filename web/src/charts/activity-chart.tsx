import { useMemo } from 'react';
import type { OrgActivity } from '../api/types';
import { EChart } from './echart';
import { useI18n } from '../i18n/i18n';

/** Departures (below the axis) and arrivals (above) per month or quarter. */
export function ActivityChart({ activity }: { activity: OrgActivity }) {
  const { t, lang } = useI18n();
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value: number) => String(Math.abs(value)) },
      legend: { data: [t('col.arrivals'), t('col.departures')], top: 0 },
      grid: { left: 40, right: 16, top: 36, bottom: 56 },
      xAxis: { type: 'category', data: activity.series.map((row) => row.period), axisLabel: { rotate: activity.series.length > 12 ? 45 : 0 } },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (value: number) => String(Math.abs(value)) } },
      dataZoom: activity.series.length > 24 ? [{ type: 'slider', bottom: 8, height: 16 }] : [],
      series: [
        { name: t('col.arrivals'), type: 'bar', stack: 'flow', barMaxWidth: 36, data: activity.series.map((row) => row.arrivals), itemStyle: { color: '#2f9e6e' } },
        { name: t('col.departures'), type: 'bar', stack: 'flow', barMaxWidth: 36, data: activity.series.map((row) => -row.departures), itemStyle: { color: '#e0604f' } },
      ],
    }),
    [activity, t, lang],
  );
  return <EChart option={option} height={300} label="org-activity" />;
}
