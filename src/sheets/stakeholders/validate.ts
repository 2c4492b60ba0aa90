import { importance, quadrant } from '../../domain';
import { findingMessages } from '../../text/findings';
import { Finding } from '../findings';
import { cellOf, Grid, readAmount, readLabel, sameLabel } from '../grid';
import { stakeholderLabels as labels } from '../../text/sheet-labels';
import { findingAt } from '../reading';
import { Stakeholder } from '../../domain/models/stakeholders';
import { scanStakeholders } from './read';

/**
 * The stakeholder sheet's checks (seed 002, DOMAIN.md §6): ratings are read strictly (a rating
 * outside 1–scale is a finding of the reader), and an importance index or quadrant typed over
 * its formula must still follow from the ratings.
 */
export function validateStakeholders(grid: Grid): Finding[] {
  const scanned = scanStakeholders(grid);
  if (!scanned.ok) return scanned.reader.findings;
  const { model, rowsAt, header } = scanned.scan;
  const columns = { importance: header.columns.get(labels.importance), quadrant: header.columns.get(labels.quadrant) };
  return model.stakeholders.flatMap((stakeholder, index) => checkRow(grid, stakeholder, rowsAt[index], columns, model.scale));
}

type Columns = { importance?: number; quadrant?: number };

function checkRow(grid: Grid, stakeholder: Stakeholder, row: number, columns: Columns, scale: number): Finding[] {
  const findings: Finding[] = [];
  const computedIndex = importance(stakeholder, scale);
  const computedPlace = quadrant(stakeholder, scale);
  if (columns.importance !== undefined && computedIndex.ok) {
    const shown = readAmount(cellOf(grid, row, columns.importance));
    if (shown !== undefined && shown !== computedIndex.value) {
      const message = findingMessages.stakeholdersImportanceDiffers(stakeholder.name, shown, stakeholder.interest, stakeholder.influence);
      findings.push(findingAt(grid, 'stated-total', 'error', message, row, columns.importance));
    }
  }
  if (columns.quadrant !== undefined && computedPlace.ok) {
    // Blank, or an Excel error the formula gave, is not a typed quadrant.
    const shown = readLabel(cellOf(grid, row, columns.quadrant));
    if (shown !== '' && !shown.startsWith('#') && !sameLabel(shown, computedPlace.value)) {
      const message = findingMessages.stakeholdersQuadrantDiffers(stakeholder.name, shown, computedPlace.value);
      findings.push(findingAt(grid, 'stated-total', 'error', message, row, columns.quadrant));
    }
  }
  return findings;
}
