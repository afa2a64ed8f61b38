// Only the parts of ECharts the dashboard draws, so the bundle stays small (echarts/core, not 'echarts').
import * as echarts from 'echarts/core';
import { BarChart, GraphChart, SankeyChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, DataZoomComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, GraphChart, SankeyChart, GridComponent, LegendComponent, TooltipComponent, DataZoomComponent, CanvasRenderer]);

export { echarts };
