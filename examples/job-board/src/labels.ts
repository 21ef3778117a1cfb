// Words a person reads for the contract's enums. Each map is a Record over the generated enum type, so
// a value added to or removed from openapi.yaml stops this page from compiling until it is labelled here.
import type {
  ImportRowStatus,
  InterviewFormat,
  NotifiedVia,
  PlanAction,
  PromptCategory,
  StageReached,
  Tone,
} from './client/index.js';

export const stageLabels: Record<StageReached, string> = {
  APPLIED: 'Applied, no conversation yet',
  SCREENING: 'Screening call',
  ASSESSMENT: 'Assessment or take-home task',
  INTERVIEW: 'Interview',
  FINAL_INTERVIEW: 'Final interview',
  REFERENCE_CHECK: 'Reference check',
  OFFER: 'Offer stage',
};

export const notifiedViaLabels: Record<NotifiedVia, string> = {
  EMAIL: 'By e-mail',
  PHONE: 'By phone',
  VIDEO_CALL: 'On a video call',
  IN_PERSON: 'In person',
  ATS_PORTAL: 'Through the application portal',
  LINKEDIN: 'On LinkedIn',
  TEXT_MESSAGE: 'By text message',
  NO_RESPONSE: 'They never answered',
};

export const interviewFormatLabels: Record<InterviewFormat, string> = {
  NONE: 'We did not meet',
  PHONE: 'Phone',
  VIDEO: 'Video call',
  IN_PERSON: 'In person',
};

export const importStatusLabels: Record<ImportRowStatus, string> = {
  CREATED: 'Imported',
  DUPLICATE: 'Already there',
  INVALID: 'Needs fixing',
  VALID: 'Ready to import',
};

export const toneLabels: Record<Tone, string> = {
  WARM: 'Warm',
  FORMAL: 'Formal',
  BRIEF: 'Brief',
};

export const actionLabels: Record<PlanAction, string> = {
  SEND_THANK_YOU: 'Send the thank-you note',
  CONNECT: 'Send a connection request',
  REQUEST_FEEDBACK: 'Ask for feedback',
  REFLECT: 'Reflect on what happened',
  CHECK_NEW_OPENINGS: 'Check for new openings',
  REAPPLY_WINDOW_OPENS: 'You may reapply from today',
};

export const promptCategoryLabels: Record<PromptCategory, string> = {
  PREPARATION: 'Preparation',
  ANSWERS: 'Your answers',
  BODY_LANGUAGE: 'How you came across',
  INTERVIEWER_SIGNALS: 'Interviewer signals',
  FIT: 'Fit',
  APPLICATION_MATERIALS: 'Application materials',
  LET_GO: 'Letting go',
};
