import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, isoInZone, parseContentDate } from "@/lib/content/dates";

function parse(value: unknown) {
  const result = parseContentDate(value);
  if ("error" in result) throw new Error(result.error);
  return result;
}

describe("reading Jekyll dates", () => {
  it("reads the source site's form with its offset", () => {
    expect(parse("2023-05-16 10:28:00 +02:00").instant.toISOString()).toBe("2023-05-16T08:28:00.000Z");
  });
  it("reads date-only values as midnight in Paris", () => {
    const { instant, hasTime } = parse("2023-05-16");
    expect(hasTime).toBe(false);
    expect(instant.toISOString()).toBe("2023-05-15T22:00:00.000Z");
  });
  it("reads ISO 8601 and times without offset (Paris wall clock, winter and summer)", () => {
    expect(parse("2022-07-01T12:00:00Z").instant.toISOString()).toBe("2022-07-01T12:00:00.000Z");
    expect(parse("2023-01-10 09:00").instant.toISOString()).toBe("2023-01-10T08:00:00.000Z");
    expect(parse("2023-07-10 09:00").instant.toISOString()).toBe("2023-07-10T07:00:00.000Z");
  });
  it("reads French dates written in words", () => {
    expect(formatDate(parse("1er décembre 2021").instant)).toBe("1er décembre 2021");
    expect(formatDate(parse("18 novembre 2021").instant)).toBe("18 novembre 2021");
  });
  it("refuses impossible dates and says what it expected", () => {
    expect(parseContentDate("2023-02-30")).toEqual({ error: expect.stringContaining("real calendar date") });
    expect(parseContentDate("hier")).toEqual({ error: expect.stringContaining("2023-05-16 10:28:00 +02:00") });
    expect(parseContentDate(undefined)).toEqual({ error: expect.stringContaining("got nothing") });
  });
});

describe("showing dates in Europe/Paris whatever the machine's zone", () => {
  it("runs these tests on a UTC machine", () => {
    expect(new Date("2023-05-16T00:00:00Z").getTimezoneOffset()).toBe(0);
  });
  it("shows an article dated 00:30 +02:00 on its own day", () => {
    const { instant } = parse("2023-05-16 00:30:00 +02:00");
    expect(instant.getUTCDate()).toBe(15);
    expect(formatDate(instant)).toBe("16 mai 2023");
    expect(isoInZone(instant)).toBe("2023-05-16T00:30:00+02:00");
  });
  it("writes the time the French way", () => {
    expect(formatDateTime(parse("2027-06-03 10:00:00 +02:00").instant)).toBe("3 juin 2027 à 10 h");
    expect(formatDateTime(parse("2023-05-16 10:28:00 +02:00").instant)).toBe("16 mai 2023 à 10 h 28");
  });
});
