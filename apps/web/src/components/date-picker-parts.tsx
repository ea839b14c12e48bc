import type { RefCallback } from 'react';
import { Button, Calendar, CalendarCell, CalendarGrid, DateInput, DateSegment, Dialog, Group, Heading, Popover } from 'react-aria-components';

/** A month of a calendar: the heading with previous and next, and the grid of days. */
export function CalendarMonth() {
  return (
    <>
      <header className="calendar__header">
        <Button slot="previous" className="calendar__nav">
          ‹
        </Button>
        <Heading className="calendar__heading" />
        <Button slot="next" className="calendar__nav">
          ›
        </Button>
      </header>
      <CalendarGrid className="calendar__grid">{(date) => <CalendarCell date={date} className="calendar__cell" />}</CalendarGrid>
    </>
  );
}

/** What a date picker's button opens: a month to pick a day in. */
export function CalendarPopover({ label }: { label: string }) {
  return (
    <Popover className="calendar-popover">
      <Dialog className="calendar-dialog" aria-label={label}>
        <Calendar className="calendar">
          <CalendarMonth />
        </Calendar>
      </Dialog>
    </Popover>
  );
}

/**
 * A date picker's typed segments and the button that opens the calendar. `focusRef` is the form
 * library's ref: focusing the field (the first with an error, say) focuses its first segment.
 */
export function DatePickerInput({ focusRef, buttonLabel }: { focusRef: RefCallback<{ focus: () => void }>; buttonLabel: string }) {
  return (
    <Group className="date-range__group">
      <DateInput
        ref={(element) => focusRef(element ? { focus: () => element.querySelector<HTMLElement>('[role="spinbutton"]')?.focus() } : null)}
        className="date-range__input"
      >
        {(segment) => <DateSegment segment={segment} className="date-range__segment" />}
      </DateInput>
      <Button className="date-range__button" aria-label={buttonLabel}>
        <span aria-hidden="true">▾</span>
      </Button>
    </Group>
  );
}
