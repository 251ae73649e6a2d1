/**
 * Fills a message of the timeline catalogue. Internal module.
 */
import { formatMessage, type MessageParams } from "../text/formatMessage.js";
import { timelineMessages, type TimelineMessageId } from "./messages.js";

/** The message `id` of {@link timelineMessages} with its placeholders filled. */
export function timelineMessage(id: TimelineMessageId, params?: MessageParams): string {
  return formatMessage(timelineMessages[id], params);
}
