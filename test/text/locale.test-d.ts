import { describe, expectTypeOf, it } from "vitest";
import type { CollegiateLocale, Locale, LocaleOptions } from "../../src/index.js";
import type { FormatTimelineOptions, ScheduleBackwardOptions } from "../../src/timeline/index.js";
import type { FeedbackOptions, FeedbackReportOptions, LikertChartOptions } from "../../src/feedback/index.js";
import type { FormatDiagnosticsOptions } from "../../src/diagnostics/index.js";
import type { ValidationContext, ValidateSessionOptions } from "../../src/agreement/index.js";

describe("Locale", () => {
  it("is a locale object, not a string", () => {
    expectTypeOf<Locale>().toEqualTypeOf<CollegiateLocale>();
    expectTypeOf<"zh-Hant">().not.toMatchTypeOf<Locale>();
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
