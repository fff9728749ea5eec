import { formatDay } from "../../src/core/calendar";
import { BujiaoError } from "../../src/core/errors";
import { checkCharacter, maskIdentityNumber, parseIdentityNumber } from "../../src/core/identity";
import people from "../cases/people.json";

function errorOf(value: Parameters<typeof parseIdentityNumber>[0]): BujiaoError {
  try {
    parseIdentityNumber(value);
  } catch (error) {
    if (error instanceof BujiaoError) return error;
    throw error;
  }
  throw new Error("expected a BujiaoError");
}

describe("identity numbers from the worked cases", () => {
  for (const entry of people.identityNumbers) {
    test(`${entry.value} is ${entry.valid ? "valid" : "invalid"}`, () => {
      if (entry.valid) {
        const parsed = parseIdentityNumber(entry.value);
        if ("normalised" in entry) expect(parsed.value).toBe(entry.normalised);
        if ("birth" in entry) expect(formatDay(parsed.birth)).toBe(entry.birth);
        if ("sex" in entry) expect(parsed.sex).toBe(entry.sex);
      } else {
        expect(errorOf(entry.value).kind).toBe("value");
      }
    });
  }
});

describe("identity number messages", () => {
  test("wrong check digit names the expected one, masked", () => {
    expect(errorOf("110105194912310021").message).toBe(
      "社会保障号码 “110105********0021” 校验位错误：按前 17 位计算最后一位应为 X，请核对号码",
    );
  });

  test("month 13 in the birth date", () => {
    expect(errorOf("110105194913310021").message).toBe("社会保障号码 “110105********0021” 中的出生日期 1949-13-31 无效：请核对号码");
  });

  test("old 15-digit number", () => {
    expect(errorOf("110105491231002").message).toBe("社会保障号码 “110105*****1002” 是 15 位旧号码：请改填 18 位居民身份证号码");
  });

  test("number stored as a number", () => {
    expect(errorOf(110105194912310000).message).toBe(
      "社会保障号码 110105********0000 以数字形式保存，Excel 只保留 15 位有效数字，末几位可能已丢失：请把单元格设为文本后重新输入号码",
    );
  });

  test("unknown region and bad characters", () => {
    const first17 = "99010519491231002".replace(/^99/, "19");
    expect(errorOf(first17 + checkCharacter(first17)).key).toBe("id.region");
    expect(errorOf("11010519491231002Y").key).toBe("id.characters");
    expect(errorOf("1101051949123100").key).toBe("id.length");
    expect(errorOf("").key).toBe("id.missing");
  });

  test("Hong Kong, Macao, Taiwan and foreign permanent residence numbers", () => {
    const hk = "81000019900101123";
    expect(parseIdentityNumber(hk + checkCharacter(hk)).kind).toBe("hkMacaoTaiwan");
    const foreign = "93100019850615002";
    expect(parseIdentityNumber(foreign + checkCharacter(foreign)).kind).toBe("foreignPermanent");
  });

  test("masking keeps 6 and 4 characters", () => {
    expect(maskIdentityNumber("11010519491231002X")).toBe("110105********002X");
  });
});
