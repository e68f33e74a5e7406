import type { Answers, Question, SurveyDefinition, SurveyLanguage } from '@footprint/core/feedback/survey';
import type { WidgetConfig, WidgetSurvey } from '@footprint/core/feedback/widget-contracts';

// Types only: the contracts' zod schemas never reach the bundle.
export type { Answers, Question, SurveyDefinition, SurveyLanguage, WidgetConfig, WidgetSurvey };

/** Calls the widget's public routes: resolves the JSON answer, rejects on a network error or a 4xx/5xx. */
export type Post = (path: string, body: Record<string, unknown>, keepalive?: boolean) => Promise<unknown>;

/** What the SDK hands the widget bundle when a survey is due. */
export interface MountOptions {
  survey: WidgetSurvey;
  impressionId: string;
  /** Chosen here (the SDK has a UUID maker; the widget bundle need not carry another). */
  responseId: string;
  touchpointId: string | undefined;
  anonymousId: string;
  userId: string | undefined;
  post: Post;
  /** Called once the widget has left the page. */
  onClose: () => void;
}

export interface Mounted {
  /** Removes the widget at once (consent withdrawn); nothing is sent. */
  remove(): void;
}
