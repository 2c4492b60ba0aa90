import { useState } from 'react';
import { formatTypedNumber, numberProblem, NumberRule, parseTypedNumber } from './numbers';
import { TextField } from './TextField';

export interface NumberSettingProps {
  readonly label: string;
  /** The setting as the model keeps it. */
  readonly value: number;
  /** Shown and typed as value × scale (100 for a fraction typed as percent). */
  readonly scale?: number;
  readonly rule?: NumberRule;
  readonly onChange: (value: number) => void;
  readonly hint?: string;
}

/**
 * A numeric setting the draft keeps as a number (a rate, a goal, a scale): the text stays as typed
 * while it is not a number, with its problem shown, and the draft changes only when it is one.
 */
export function NumberSetting({ label, value, scale = 1, rule = {}, onChange, hint }: NumberSettingProps) {
  const [text, setText] = useState(() => formatTypedNumber(Math.round(value * scale * 1e6) / 1e6));
  const problem = numberProblem(text, rule);
  return (
    <TextField
      label={label}
      value={text}
      problem={problem}
      hint={hint}
      numeric
      onChange={(typed) => {
        setText(typed);
        const parsed = parseTypedNumber(typed);
        if (parsed !== undefined && numberProblem(typed, rule) === undefined) onChange(parsed / scale);
      }}
    />
  );
}
