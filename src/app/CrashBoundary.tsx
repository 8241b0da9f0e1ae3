// A render error anywhere in a screen shows this recoverable screen instead of
// a blank app. It clears itself when the user goes to another route.
import { Component, type ComponentChildren } from 'preact';

interface Props {
  children: ComponentChildren;
  /** The current path: a new route tries again. */
  path: string;
}

interface State {
  error: Error | null;
  path: string;
}

export class CrashBoundary extends Component<Props, State> {
  override state: State = { error: null, path: this.props.path };

  static override getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidUpdate(): void {
    if (this.state.error && this.props.path !== this.state.path) this.setState({ error: null, path: this.props.path });
    else if (!this.state.error && this.props.path !== this.state.path) this.setState({ path: this.props.path });
  }

  override componentDidCatch(error: unknown): void {
    console.error('A screen failed to render', error);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <section class="screen" role="alert">
        <div class="card">
          <h2>This screen ran into a problem</h2>
          <p>Your saved data is safe: nothing was lost. Try the screen again, or go to another tab.</p>
          <div class="button-row">
            <button type="button" onClick={() => this.setState({ error: null })}>Try again</button>
            <a class="button quiet-link" href="/practice">Practice</a>
            <a class="button quiet-link" href="/read">Read</a>
          </div>
          <p class="muted">Details: {this.state.error.message}</p>
        </div>
      </section>
    );
  }
}
