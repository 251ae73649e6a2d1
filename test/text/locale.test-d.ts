import { describe, expectTypeOf, it } from "vitest";
import type { Locale, LocaleOptions } from "../../src/index.js";
import type { FormatTimelineOptions, ScheduleBackwardOptions } from "../../src/timeline/index.js";
import type { FeedbackOptions, FeedbackReportOptions, LikertChartOptions } from "../../src/feedback/index.js";
import type { FormatDiagnosticsOptions } from "../../src/diagnostics/index.js";
import type { ValidationContext, ValidateSessionOptions } from "../../src/agreement/index.js";

describe("Locale", () => {
  it("is one of the two languages the library writes", () => {
    expectTypeOf<Locale>().toEqualTypeOf<"en" | "zh-Hant">();
    expectTypeOf<LocaleOptions["locale"]>().toEqualTypeOf<Locale | undefined>();
  });

  it("is the same option everywhere text is produced", () => {
    expectTypeOf<ScheduleBackwardOptions["locale"]>().toEqualTypeOf<Locale | undefined>();
    expectTypeOf<FormatTimelineOptions["locale"]>().toEqualTypeOf<Locale | undefined>();
    expectTypeOf<FormatDiagnosticsOptions["locale"]>().toEqualTypeOf<Locale | undefined>();
    expectTypeOf<ValidationContext["locale"]>().toEqualTypeOf<Locale | undefined>();
    expectTypeOf<ValidateSessionOptions["locale"]>().toEqualTypeOf<Locale | undefined>();
    expectTypeOf<FeedbackOptions["locale"]>().toEqualTypeOf<Locale | undefined>();
    expectTypeOf<FeedbackReportOptions["locale"]>().toEqualTypeOf<Locale | undefined>();
    expectTypeOf<LikertChartOptions["locale"]>().toEqualTypeOf<Locale | undefined>();
  });
});
