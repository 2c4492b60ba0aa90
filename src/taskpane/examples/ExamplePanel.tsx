import { Body1, Subtitle1 } from '@fluentui/react-components';
import { useCallback } from 'react';
import { WorkbookPort } from '../../workbook/port';
import { BuildBar } from '../build/BuildBar';
import { useSheetBuild } from '../build/useSheetBuild';
import { useFormStyles } from '../forms/styles';
import { TAB_LABELS } from '../navigation/tabs';
import { texts } from '../texts';
import { EXAMPLE_PLANS, ExampleKind } from './example-sheets';

export interface ExamplePanelProps {
  readonly kind: ExampleKind;
  readonly port?: WorkbookPort;
  readonly onBuilt?: () => void;
}

/** A sheet kind without its own form yet: build the board papers' example, then edit it in Excel. */
export function ExamplePanel({ kind, port, onBuilt }: ExamplePanelProps) {
  const styles = useFormStyles();
  const build = useSheetBuild({ port, onBuilt });
  const onBuild = useCallback(() => void build.build(EXAMPLE_PLANS[kind]()), [build, kind]);
  return (
    <section className={styles.form} aria-labelledby={`${kind}-heading`}>
      <Subtitle1 as="h2" id={`${kind}-heading`}>
        {TAB_LABELS[kind]}
      </Subtitle1>
      <Body1>{texts.examples.descriptions[kind]}</Body1>
      <Body1>{texts.examples.intro}</Body1>
      <BuildBar build={build} onBuild={onBuild} label={texts.examples.button} />
    </section>
  );
}
