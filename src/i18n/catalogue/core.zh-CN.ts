// Messages of src/core: input parsing, parameter look-ups, calculations, identity numbers and roster checks.

export const coreZhCN = {
  // Field names used inside messages.
  "field.wage": "缴费工资",
  "field.feeMonth": "费款所属期",
  "field.startMonth": "开始年月",
  "field.endMonth": "终止年月",
  "field.handlingDate": "办理日期",
  "field.declarationDate": "申报日期",
  "field.amount": "欠缴金额",
  "field.insurance": "险种",
  "field.hukouType": "户口性质",
  "field.limitKind": "上下限",
  "field.series": "社平工资口径",
  "field.year": "年度",
  "field.name": "姓名",
  "field.identityNumber": "社会保障号码",
  "field.value": "参数值",

  "insurance.pension": "养老保险",
  "insurance.unemployment": "失业保险",
  "insurance.workInjury": "工伤保险",
  "insurance.medical": "医疗保险",
  "insurance.maternity": "生育保险",

  "hukou.localUrban": "本市城镇",
  "hukou.nonlocalUrban": "外埠城镇",
  "hukou.localRural": "本市农村",
  "hukou.nonlocalRural": "外埠农村",

  "series.old": "本市职工平均工资（旧口径）",
  "series.full": "全口径城镇单位就业人员平均工资",

  "confidence.V": "已核实",
  "confidence.S": "二手来源",
  "confidence.U": "不确定",

  // Parsing.
  "input.missing": "{field}为空：请填写{field}，例如 {example}",
  "input.boolean": "{field} “{value}” 无效：应填写{expected}，而不是逻辑值",
  "input.error": "{field}所在单元格是错误值 {value}：请先修正该单元格的公式",
  "feeMonth.invalid":
    "{field} “{value}” 无效：应为年月，可写成 2023-08、2023/8、2023.08、202308、2023年8月，或日期单元格",
  "feeMonth.badMonth": "{field} “{value}” 无效：月份应在 1–12 之间，例如 2023-08",
  "feeMonth.fraction":
    "{field} “{value}” 无法识别：带小数的数字无法区分 1 月和 10 月，请把单元格设为文本后输入，例如 2023-10",
  "feeMonth.notWhole": "{field} “{value}” 无效：年月应为整数或文本，例如 202308 或 2023-08",
  "feeMonth.outOfRange": "{field} “{value}” 超出范围：年份应在 1900–2099 之间",
  "date.invalid": "{field} “{value}” 无效：应为日期，可写成 2026-12-04、2026/12/4、20261204、2026年12月4日，或日期单元格",
  "date.notReal": "{field} “{value}” 不是真实存在的日期：请检查年、月、日",
  "date.phantom": "{field} “{value}” 是 Excel 虚构的 1900年2月29日，该日期不存在：请改填正确日期",
  "date.outOfRange": "{field} “{value}” 超出范围：年份应在 1900–2099 之间",
  "number.invalid": "{field} “{value}” 不是数字：请填写以元为单位的金额，例如 8000 或 8000.50",
  "number.negative": "{field} “{value}” 不能为负数：请填写 0 或正数",
  "number.notFinite": "{field} “{value}” 不是有效数字：请填写以元为单位的金额，例如 8000",
  "word.unknown": "{field} “{value}” 无法识别：可填写 {choices}",

  "function.rangeShape": "各区域的大小不一致（{expected} 与 {actual}）：请让各区域的行数和列数相同，或改用单个单元格",
  // Parameter look-ups.
  "param.noLimitRow":
    "没有覆盖费款所属期 {month} 的{insurance}缴费基数上下限：请在「参数」工作表中添加该缴费年度的上下限行",
  "param.insuranceNotYet": "{insurance}自 {from} 起缴费，费款所属期 {month} 尚无该险种：该月应缴为 0",
  "param.noAverageWage": "参数表中没有 {year} 年的{series}：请在「参数」工作表中添加该年度的社平工资行",
  "param.noLateFeeRegime": "没有覆盖费款所属期 {month} 的滞纳金规则：请在「参数」工作表中添加滞纳金规则行",
  "param.coeffWageFallback":
    "参数表中还没有 {year} 年的社平工资，放大系数暂用 {used} 年的数据：该年度公布后请在「参数」工作表中补充",
  "param.noCoeffSeries": "没有指定 {year} 年社平工资用于放大系数的口径：请在「参数」工作表中添加口径行",

  "lateFee.negativeAmount": "欠缴金额 “{value}” 为负数：滞纳金只按欠缴金额计算，退费不计滞纳金",

  // Identity numbers (社会保障号码).
  "id.missing": "社会保障号码为空：请填写 18 位居民身份证号码",
  "id.numeric":
    "社会保障号码 {value} 以数字形式保存，Excel 只保留 15 位有效数字，末几位可能已丢失：请把单元格设为文本后重新输入号码",
  "id.oldFormat": "社会保障号码 “{value}” 是 15 位旧号码：请改填 18 位居民身份证号码",
  "id.length": "社会保障号码 “{value}” 应为 18 位（最后一位可为 X），现为 {length} 位",
  "id.characters": "社会保障号码 “{value}” 含有无效字符：前 17 位应为数字，最后一位为数字或 X",
  "id.region": "社会保障号码 “{value}” 的前两位 {code} 不是有效的地区代码：请核对号码",
  "id.birth": "社会保障号码 “{value}” 中的出生日期 {birth} 无效：请核对号码",
  "id.checkDigit": "社会保障号码 “{value}” 校验位错误：按前 17 位计算最后一位应为 {expected}，请核对号码",
} as const;
