import { checkStatedTotal } from '../../domain';
import { findingMessages } from '../../text/findings';
import { Finding } from '../findings';
import { Grid } from '../grid';
import { participantLabels as labels } from '../../text/sheet-labels';
import { findingAt } from '../reading';
import { ParticipantsScan, scanParticipants } from './read';
import { judgeStatedRate } from './stated-rate';

/**
 * The participants' checks (DOMAIN.md §4): counts that cannot hold (more positive than
 * finished), each stated rate against the whole counts it claims to be of (seed 004: 85,5 % of
 * 14 is impossible), and each stated count of finished against the table.
 */
export function validateParticipants(grid: Grid): Finding[] {
  const scanned = scanParticipants(grid);
  if (!scanned.ok) return scanned.reader.findings;
  return [...impossibleCounts(grid, scanned.scan), ...statedRates(grid, scanned.scan)];
}

/** Positive ≤ finished and work + studies ≤ positive (both are positive solutions, seed 003 note 3). */
function impossibleCounts(grid: Grid, scan: ParticipantsScan): Finding[] {
  const findings: Finding[] = [];
  scan.model.rows.forEach((row, index) => {
    const where = scan.rowsAt[index];
    const name = `${row.platform}, ${row.gender === 'women' ? labels.women : labels.men}`.toLocaleLowerCase('sv-SE');
    if (row.positive > row.finished) {
      const message = findingMessages.participantsPositiveOverFinished(name, row.positive, row.finished);
      findings.push(findingAt(grid, 'impossible-rate', 'error', message, where, scan.columns.get(labels.positive) as number));
    }
    if (row.work + row.studies > row.positive) {
      const message = findingMessages.participantsVaravOverPositive(name, row.work, row.studies, row.positive);
      findings.push(findingAt(grid, 'impossible-rate', 'error', message, where, scan.columns.get(labels.work) as number));
    }
  });
  return findings;
}

function statedRates(grid: Grid, scan: ParticipantsScan): Finding[] {
  const findings: Finding[] = [];
  scan.model.stated.forEach((stated, index) => {
    const at = scan.statedAt[index];
    const rows = scan.model.rows.filter((row) => row.platform === stated.platform);
    if (rows.length > 0) {
      const parts = rows.map((row) => ({ label: row.gender, amount: row.finished, sign: 1 as const }));
      const check = checkStatedTotal(`${labels.statedFinished} (${stated.platform})`, stated.finished, parts);
      if (check.message) findings.push(findingAt(grid, 'stated-total', 'error', check.message, at.row, at.finishedCol));
    }
    const verdict = judgeStatedRate(stated.rate, stated.finished);
    if (verdict.kind === 'impossible') {
      const message = findingMessages.participantsRateImpossible(stated.platform, stated.rate, stated.finished, verdict.nearest);
      findings.push(findingAt(grid, 'impossible-rate', 'error', message, at.row, at.rateCol));
    }
    if (verdict.kind === 'truncated') {
      const message = findingMessages.participantsRateTruncated(stated.platform, stated.rate, stated.finished, verdict.count);
      findings.push(findingAt(grid, 'impossible-rate', 'warning', message, at.row, at.rateCol));
    }
  });
  return findings;
}
