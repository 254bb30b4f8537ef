/** What every React widget of the gauntlet gets: a callback for the value the widget itself reports. */
export interface WidgetProps {
  onState: (value: string) => void;
}
