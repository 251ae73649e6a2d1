import { describe, expectTypeOf, it } from "vitest";
import type { AgreementMessageKey } from "../../src/agreement/messages.js";
import { agreementMessagesZhHant } from "../../src/agreement/messages.zh-Hant.js";
import type { FeedbackMessageKey } from "../../src/feedback/messages.js";
import { feedbackMessagesZhHant } from "../../src/feedback/messages.zh-Hant.js";
import type { Messages } from "../../src/text/formatMessage.js";
import type { TimelineMessageId } from "../../src/timeline/messages.js";
import { timelineMessagesZhHant } from "../../src/timeline/messages.zh-Hant.js";

describe("Messages", () => {
  it("makes a catalogue that misses a key, or has one too many, fail to compile", () => {
    const english = { greeting: "Welcome, {name}.", farewell: "Goodbye." } as const;
    // @ts-expect-error: "farewell" is missing.
    const missing = { greeting: "歡迎，{name}。" } as const satisfies Messages<keyof typeof english>;
    // @ts-expect-error: "extra" is no key of the English catalogue.
    const extra = { greeting: "歡迎，{name}。", farewell: "再見。", extra: "多餘" } as const satisfies Messages<keyof typeof english>;
    expectTypeOf(missing).toBeObject();
    expectTypeOf(extra).toBeObject();
  });

  it("holds for the library's Traditional Chinese catalogues", () => {
    expectTypeOf(timelineMessagesZhHant).toExtend<Messages<TimelineMessageId>>();
    expectTypeOf(agreementMessagesZhHant).toExtend<Messages<AgreementMessageKey>>();
    expectTypeOf(feedbackMessagesZhHant).toExtend<Messages<FeedbackMessageKey>>();
  });
});
