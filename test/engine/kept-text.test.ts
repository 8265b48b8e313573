import { describe, expect, it } from "vitest";
import { NAMES, TextStore, type TextPlace, packText, unpackText } from "../../src/engine/kept-text.js";

const announcement = {
  id: "a1",
  title: 'Huawei and Сбер: "name": a title that quotes a property name',
  chineseParty: { name: "华为" },
  russianParties: [{ name: "Сбер" }],
  sources: [{ url: "https://tass.ru/x", outlet: "TASS", publishedAt: "2026-03-02T10:00:00Z" }],
};

describe("kept announcement text", () => {
  it("writes property names as one control byte each, and reads back the same text", () => {
    const json = JSON.stringify(announcement);
    const packed = packText(json);
    expect(packed.length).toBeLessThan(json.length - 40);
    expect(unpackText(packed)).toBe(json);
  });

  it("writes each listed name, and only those, as one byte", () => {
    expect(NAMES.length).toBeLessThanOrEqual(31);
    for (const name of NAMES) expect(packText(`{"${name}":1}`)).toBe(`{${String.fromCharCode(NAMES.indexOf(name) + 1)}1}`);
    expect(packText('{"names":1,"ids":2}')).toBe('{"names":1,"ids":2}');
  });

  it("reads back exactly text where a property name occurs inside a string, escaped or not", () => {
    for (const title of ['"url":', '\\"url\\":', '"name":"id":', "\u0001", '"\u0001":']) {
      const json = JSON.stringify({ ...announcement, title });
      expect(unpackText(packText(json))).toBe(json);
    }
  });

  it("keeps many texts across blocks, and moves the ones still held when compacted", () => {
    const store = new TextStore();
    const texts = Array.from({ length: 2500 }, (_, i) => JSON.stringify({ ...announcement, id: `a${i}`, title: "x".repeat(1000 + (i % 3000)) }));
    const places = texts.map((t) => {
      const place: TextPlace = { block: 0, start: 0, end: 0 };
      store.put(t, place);
      return place;
    });
    expect(new Set(places.map((p) => p.block)).size).toBeGreaterThan(1);
    places.forEach((p, i) => expect(store.get(p)).toBe(texts[i]));
    // Let go of all but every tenth: enough to make compacting worth it.
    places.forEach((p, i) => {
      if (i % 10 !== 0) store.free(p);
    });
    expect(store.wasteful).toBe(true);
    const held = places.filter((_, i) => i % 10 === 0);
    store.compact(held);
    expect(store.wasteful).toBe(false);
    held.forEach((p, k) => expect(store.get(p)).toBe(texts[k * 10]));
  });

  it("keeps a text larger than a block", () => {
    const store = new TextStore();
    const json = JSON.stringify({ ...announcement, title: "Я".repeat(600_000) });
    const place: TextPlace = { block: 0, start: 0, end: 0 };
    store.put(json, place);
    expect(store.get(place)).toBe(json);
  });
});
