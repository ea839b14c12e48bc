import type { ReactNode } from 'react';
import { Label, Text } from 'react-aria-components';

/** A field's label and, when it has one, the description under it (React Aria ties both to the input). */
export function FieldLabel({ label, description }: { label: ReactNode; description?: ReactNode }) {
  return (
    <>
      <Label className="field__label">{label}</Label>
      {description ? (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      ) : null}
    </>
  );
}
