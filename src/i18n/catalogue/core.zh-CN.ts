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

  "valueKind.month": "年月",
  "valueKind.date": "日期",
  "valueKind.amount": "金额",
  "valueKind.word": "文字",

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
  "input.uncalculated": "{field}所在单元格是公式，但文件中没有它的计算结果（文件未经 Excel 保存）：请在 Excel 中打开该文件并保存后重试",
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
  "number.tooLarge": "{field} “{value}” 过大，不像是金额：请检查是否误填了社会保障号码等其他内容",
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

  // Roster checks (单位申报个人补缴).
  "roster.where": "工作表「{sheet}」（表头在第 {row} 行）",
  "roster.notFound":
    "没有找到补缴名单：请把名单放在名为「{sheet}」的工作表中，前 10 行内要有表头，包含这些列：{columns}。如果表头在第 10 行以下，请删除表头上方的行",
  "roster.missingColumns":
    "工作表「{sheet}」前 10 行内的表头缺少这些列：{columns}。请补上这些列的表头；如果表头在第 10 行以下，请删除表头上方的行后重试",
  "roster.duplicateColumn": "工作表「{sheet}」的表头中第 {first} 列和第 {second} 列都是「{field}」：无法确定使用哪一列，请删除或改名其中一列",
  "roster.nameInvalid": "姓名 “{value}” 含有换行等控制字符或超过 {max} 个字：请改正后重试",
  "roster.nameMissing": "姓名为空：请填写职工姓名",
  "roster.monthOrder": "开始年月 {start} 晚于终止年月 {end}：请改正，使开始年月不晚于终止年月",
  "roster.monthBeforeScheme": "开始年月 {start} 早于 {first}：北京社会保险自 {first} 起缴费，请改正开始年月",
  "roster.monthAfterHandling":
    "终止年月 {end} 晚于办理月份 {handling}：未来的月份不能补缴，请把终止年月改为 {handling} 或更早",
  "roster.handlingMonth": "办理当月 {month} 不能补缴：当月费款请通过单位月报正常缴纳",
  "roster.overlap": "{from}—{to} 已在第 {row} 行申报：重复的月份不再补缴，请删除或改正其中一行",
  "roster.wageZero": "缴费工资为 0：社保经办将按下限计算，请确认是否漏填工资",
  "roster.wageBelowLower": "缴费工资 {wage} 低于 {from}—{to} 缴费年度的养老下限 {limit}：经办时将按下限缴费",
  "roster.wageAboveUpper": "缴费工资 {wage} 高于 {from}—{to} 缴费年度的养老上限 {limit}：经办时将按上限缴费",
  "roster.noPayableMonths": "没有可补缴的月份：该行不导出",

  // Statutory retirement and the contribution wage from a payroll (RETIRE, WAGEBASE).
  "field.sex": "性别",
  "field.post": "岗位",
  "field.birthDate": "出生日期",
  "field.hireDate": "入职日期",
  "field.wageMonth": "工资月份",
  "field.paidWage": "工资",
  "retire.sex.male": "男",
  "retire.sex.female": "女",
  "retire.group.male": "男职工",
  "retire.group.femaleCadre": "女职工（干部、管理、技术岗位）",
  "retire.group.femaleWorker": "女职工（工人岗位）",
  "retire.sexChoices": "男、女（或 male、female）",
  "retire.postChoices": "干部、管理、技术、工人，或原退休年龄 55、50（或 cadre、worker）",
  "retire.sexConflict": "性别 “{sex}” 与社会保障号码中的性别（{identitySex}）不一致：请核对号码，或省略性别",
  "retire.sexMissing": "按出生日期 {birth} 计算法定退休年月时需要性别：请填写男或女",
  "retire.noScheduleRow": "参数表中没有{group}的法定退休年龄行：请在「参数」工作表中添加「退休年龄」行",
  "retire.postAssumed":
    "未填写女职工的岗位，按工人（原50周岁）计算法定退休年月为 {month}：如为干部、管理或技术岗位，请填写岗位",
  "wageBase.beforeHire": "费款所属期 {month} 早于入职日期 {hireDate}：入职前的月份没有缴费工资，请核对入职日期或费款所属期",
  "wageBase.wageBeforeHire": "工资月份 {month} 早于入职日期 {hireDate}：请核对入职日期，或删除入职前的工资",
  "wageBase.noPeriod": "没有覆盖费款所属期 {month} 的缴费年度：请在「参数」工作表中添加该缴费年度的上下限行",
  "wageBase.noFirstMonthWage": "工资表中没有首个全月 {month} 的工资：首个缴费年度按该月工资申报，请补充该月工资",
  "wageBase.noYearWages":
    "工资表中没有 {year} 年的全月工资：费款所属期 {month} 的缴费工资是 {year} 年全月工资的月平均，请补充该年工资",
  "wageBase.rangeSize": "工资区域有 {wages} 个单元格，工资月份区域有 {months} 个：两个区域的单元格数应相同",
  "wageBase.monthMissing": "第 {position} 个工资 {wage} 没有对应的月份：请在工资月份区域的同一位置填写月份",
  "wageBase.duplicateMonth": "工资月份 {month} 出现了不止一次：请把同一月份的工资合计后只填一行",

  // Contribution rates and amounts (AMOUNT, DIFF, RATE, AVGWAGE, LIMIT).
  "field.party": "缴费方",
  "field.unitSize": "单位规模",
  "field.workInjuryRate": "工伤保险费率",
  "field.correctWage": "应申报的缴费工资",
  "field.declaredBase": "已申报的缴费基数",
  "party.employer": "单位",
  "party.individual": "个人",
  "unitSize.large": "大型企业",
  "unitSize.smallMedium": "中小微企业",
  "rateComponent.basic": "基本缴费",
  "rateComponent.majorMedical": "大额医疗费用互助",
  "param.noRateRow": "没有覆盖费款所属期 {month} 的{insurance}{party}缴费比例：请在「参数」工作表中添加该期间的费率行",
  "amount.unitSizeMissing":
    "费款所属期 {month} 的{party}{insurance}缴费按单位规模减免：请在「单位信息」工作表中填写单位规模（大型企业或中小微企业）",
  "amount.workInjuryRateMissing":
    "工伤保险费率按本单位所属行业核定，没有统一费率：请在「单位信息」工作表中填写本单位的工伤保险费率，例如 0.4%",
  "rate.invalid": "{field} “{value}” 无效：费率应写成百分数或小数，例如 0.4% 或 0.004",
  "rate.tooLarge": "{field} “{value}” 超过 10%：如果填的是百分数，请带上 % 号，例如 0.4%",
  "year.invalid": "{field} “{value}” 无效：应为 1900–2099 之间的四位年份，例如 2022",

  // The 参数 and 单位信息 sheets.
  "field.paramCategory": "类别",
  "field.paramId": "编号",
  "field.paramTarget": "对象",
  "field.paramValue": "数值",
  "field.paramValue2": "数值2",
  "field.paramValue3": "数值3",
  "field.paramSource": "来源",
  "field.paramConfidence": "可信度",
  "field.paramNote": "说明",
  "field.unitName": "单位名称",
  "field.creditCode": "统一社会信用代码",
  "field.creditStanding": "信用状况",
  "field.willingToPledge": "是否愿意承诺",
  "field.sameDistrict": "社保与税务是否同区",
  "sheet.badCell": "{cell}：{detail}",
  "paramSheet.noHeader":
    "{cell}：「{sheet}」工作表前 10 行内没有表头：表头行应包含 类别、数值、来源 等列，可先生成参数模板（bujiao params --template）再填写",
  "paramSheet.missingColumns": "{cell}：表头缺少这些列：{columns}。请补上后重试",
  "paramSheet.categoryMissing": "{cell}：类别为空：请填写类别，例如 缴费基数上下限；不用的行请删除，或在行首加 # 作为注释",
  "paramSheet.categoryUnknown": "{cell}：类别 “{value}” 无法识别：可填写 {choices}",
  "paramSheet.duplicate": "{cell}：与第 {row} 行是同一项参数：同一参数只能填写一行，本行未采用",
  "paramSheet.endBeforeStart": "{cell}：终止 {end} 早于开始 {start}：请改正",
  "paramSheet.periodStartMismatch":
    "{cell}：开始年月 {month} 与缴费年度 {id} 的起始月 {start} 不一致：请改为 {start}，或用「缴费年度」行修改该年度的起止月份",
  "paramSheet.periodEndMismatch":
    "{cell}：终止年月 {month} 与缴费年度 {id} 的终止月 {end} 不一致：请改为 {end}，或用「缴费年度」行修改该年度的起止月份",
  "paramSheet.periodUnknownId": "{cell}：没有编号为 {id} 的缴费年度：新的缴费年度请同时填写开始年月和终止年月",
  "paramSheet.periodNotStart":
    "{cell}：开始年月 {month} 不是缴费年度的起始月：该月属于缴费年度 {id}（{start}—{end}），请填写 {start}",
  "paramSheet.periodEndMissing": "{cell}：新的缴费年度（自 {start} 起）需要终止年月：请填写，例如 {example}",
  "paramSheet.periodIdTaken": "{cell}：编号 {id} 已是自 {start} 起的缴费年度：请在编号列为新的缴费年度另填一个编号",
  "paramSheet.upperBelowLower": "{cell}：上限 {upper} 低于下限 {lower}：数值填下限，数值2填上限",
  "paramSheet.notInteger": "{field} “{value}” 不是整数：例如 {example}",
  "paramSheet.integerRange": "{field} “{value}” 超出范围：应在 {min}–{max} 之间",
  "paramSheet.notFraction": "{field} “{value}” 不是比例：请写成百分数或小数，例如 {example}",
  "paramSheet.fractionAboveOne": "{field} “{value}” 大于 1：比例请带上 % 号或写成小数，例如 {example}",
  "paramSheet.rateValue": "{field} “{value}” 无法识别：费率写成 16% 或 0.16，每月固定金额写成 3元，按单位工伤费率写 单位费率",
  "paramSheet.confidenceUnknown": "可信度 “{value}” 无法识别：可填写 V（已核实）、S（二手来源）、U（不确定），留空按 U",
  "paramSheet.sourceMissing": "来源为空：请填写该数值所依据的文件名称和文号",
  "paramSheet.limitHukou": "户口性质 “{value}” 不适用于上下限：留空表示所有户口，填 农村 表示农民合同制工人的下限",
  "paramSheet.comment.category":
    "参数类别：缴费年度、缴费基数上下限、社平工资、放大系数口径、放大系数适用期、滞纳金规则、险种起始月、费率、大额互助费率、减免、退休年龄。以 # 开头的行是注释，读取时跳过",
  "paramSheet.comment.id":
    "编号：缴费年度的名称（如 2027，留空取开始年月的年份）；缴费基数上下限可用它指明所属缴费年度；减免行用它替换内置的同编号减免",
  "paramSheet.comment.start":
    "开始年月，例如 2027-07。社平工资、放大系数口径填年份（如 2025）；退休年龄填首个延迟的出生年月（如 1965-01）",
  "paramSheet.comment.end":
    "终止年月，例如 2028-06；留空表示一直适用。放大系数口径填终止年份；放大系数适用期填最后一个适用放大系数的月份（如 2011-06）",
  "paramSheet.comment.insurance": "险种：养老、失业、工伤、医疗、生育。缴费基数上下限留空表示五个险种相同",
  "paramSheet.comment.target":
    "对象：费率和减免填 单位 或 个人；社平工资和放大系数口径填 旧口径 或 全口径；退休年龄填 男、女干部 或 女工人",
  "paramSheet.comment.hukou":
    "户口性质：费率只适用于某些户口时填写，多个用顿号分隔（如 本市农村、外埠农村）；缴费基数上下限填 农村 表示农民合同制工人的下限；留空表示所有户口",
  "paramSheet.comment.unitSize": "单位规模：减免只适用于某类单位时填写 大型企业 或 中小微企业，多个用顿号分隔；留空表示所有单位",
  "paramSheet.comment.value":
    "数值：上下限填下限（元/月）；社平工资填年平均工资（元/年）；费率填 16% 或 0.16，每月固定金额填 3元，按单位工伤费率填 单位费率；减免填费率乘数（免征 0，减半 50%）；滞纳金规则填自费款所属期后第几个月的1日起算（2011-07 至 2020-09 为 2，2020-10 起为 1），不加收填 不加收；退休年龄填原退休年龄（周岁）",
  "paramSheet.comment.value2": "数值2：上下限填上限（元/月）；滞纳金规则填日费率（如 0.05%）；退休年龄填每几个出生月延迟 1 个月",
  "paramSheet.comment.value3": "数值3：上下限填核定依据的社平工资年度（可留空）；退休年龄填最多延迟的月数",
  "paramSheet.comment.source": "来源：该数值所依据的文件名称和文号，必填",
  "paramSheet.comment.confidence": "可信度：V（已核实）、S（二手来源）、U（不确定）；留空按 U",
  "paramSheet.comment.note": "说明：不确定之处或推算方法，会显示在参数表中",
  "paramSheet.template.instruction":
    "以 # 开头的行是注释。去掉示例行开头的 # 并改成新的数值即可生效：与内置参数同一项的行替换内置行，其余的行作为新增",
  "unitSheet.labelUnknown": "{cell}：“{label}” 不是可识别的项目，本行未读取：可填写 {labels}",
  "unitSheet.duplicate": "{cell}：“{label}” 已在第 {row} 行填写：本行未采用",
  "unitSheet.creditCodeCheck":
    "{cell}：统一社会信用代码 “{value}” 的校验码按国家标准应为 {expected}：请核对（少数早期试点地区的代码不符合国家标准，确认无误可忽略此提示）",
  "unitSheet.creditCodeFormat": "统一社会信用代码 “{value}” 无效：应为 18 位数字或大写字母（不含 I、O、S、V、Z）",
  "unitSheet.yesNo": "{field} “{value}” 无法识别：请填写 是 或 否",
  "unitSheet.creditStanding": "信用状况 “{value}” 无法识别：请填写 良好，或 失信（有虚假承诺或尚未修复的严重失信记录）",
} as const;
