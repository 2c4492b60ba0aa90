import { GaugeChart, GroupedVerticalBarChart, LineChart, ScatterChart } from '@fluentui/react-charts';
import { makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { EngineWorkbook } from '../../workbook/engine/engine-workbook';
import { workbenchTexts } from '../../text/workbench';
import { WorkbenchChart, workbenchCharts } from './chart-data';

export interface SheetChartsProps {
  readonly workbook: EngineWorkbook;
  readonly sheet: string;
  /** The engine's change counter: the charts are recomputed when it moves. */
  readonly version: number;
}

const WIDTH = 420;
const HEIGHT = 300;

const useStyles = makeStyles({
  charts: { width: `${WIDTH + 24}px`, flexShrink: 0, overflowY: 'auto', padding: '8px', borderLeft: `1px solid ${tokens.colorNeutralStroke2}` },
  chart: { marginBottom: '16px' },
  title: { fontWeight: tokens.fontWeightSemibold, margin: '0 0 4px' },
});

/** The sheet's charts beside the grid, drawn from the engine's values (chart-data.ts maps them). */
export function SheetCharts({ workbook, sheet, version }: SheetChartsProps) {
  const styles = useStyles();
  const charts = useMemo(() => {
    const planned = workbook.sheetLayout(sheet)?.charts ?? [];
    const id = workbook.engine.getSheetId(sheet);
    if (planned.length === 0 || id === undefined) return [];
    return workbenchCharts(planned, (row, col) => workbook.engine.getCellValue({ sheet: id, row, col }));
    // The version marks engine changes.
  }, [workbook, sheet, version]);
  if (charts.length === 0) return null;
  return (
    <aside className={styles.charts} aria-label={workbenchTexts.chartsRegion(sheet)}>
      {charts.map((chart, index) => (
        <figure key={index} className={styles.chart}>
          <figcaption className={styles.title}>{chart.title}</figcaption>
          <ChartOf chart={chart} />
        </figure>
      ))}
    </aside>
  );
}

function ChartOf({ chart }: { chart: WorkbenchChart }) {
  switch (chart.kind) {
    case 'column':
      return <GroupedVerticalBarChart data={chart.data} width={WIDTH} height={HEIGHT} yAxisTitle={chart.valueTitle} wrapXAxisLables culture="sv-SE" />;
    case 'line':
      return <LineChart data={{ lineChartData: chart.lines }} width={WIDTH} height={HEIGHT} yAxisTitle={chart.valueTitle} culture="sv-SE" />;
    case 'scatter':
      return (
        <ScatterChart
          data={{ scatterChartData: chart.points }}
          width={WIDTH}
          height={HEIGHT + 80}
          xAxisTitle={chart.xTitle}
          yAxisTitle={chart.yTitle}
          xMinValue={chart.min}
          xMaxValue={chart.max}
          yMinValue={chart.min}
          yMaxValue={chart.max}
          culture="sv-SE"
        />
      );
    case 'gauge':
      return <GaugeChart chartValue={chart.value} segments={chart.segments} minValue={0} maxValue={100} sublabel={chart.sublabel} width={WIDTH} height={HEIGHT * 0.8} culture="sv-SE" />;
    case 'none':
      return <p>{chart.reason}</p>;
  }
}
