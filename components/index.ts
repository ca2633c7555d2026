// The UI shared by the extension's injected panel and dialog and the <seat-usage> widget.
export { Dock, type DockProps } from './Dock';
export { GuardStopDialog, type GuardStopDialogProps } from './GuardStopDialog';
export { Launcher, type LauncherProps } from './Launcher';
export { PoolMeter, type PoolMeterProps } from './PoolMeter';
export { SeatPanel, type SeatPanelProps } from './SeatPanel';
export { Suggestions, type SuggestionsProps } from './Suggestions';
export { styles } from './styles';
export { VerdictDialog, type VerdictDialogProps } from './VerdictDialog';
