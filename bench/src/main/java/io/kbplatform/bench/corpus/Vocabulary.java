package io.kbplatform.bench.corpus;

import com.ibm.icu.text.Transliterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrase templates and the vocabulary they are filled from: products, actions, issues, policies,
 * channels and systems of a contact centre, in Simplified Chinese and English. Traditional Chinese
 * is the Simplified text converted once with ICU.
 */
final class Vocabulary {

  static final List<String> PRODUCTS =
      List.of(
          "5G畅享套餐",
          "家庭宽带",
          "千兆光纤",
          "SIM卡",
          "eSIM",
          "流量包",
          "国际漫游包",
          "智能手表",
          "iPhone 15",
          "Galaxy S24",
          "华为Mate 60",
          "路由器",
          "机顶盒",
          "会员积分",
          "电子发票",
          "CRM系统",
          "预付费卡",
          "合约机",
          "以旧换新",
          "延保服务",
          "VIP专线",
          "亲情号码",
          "宽带电视",
          "云存储",
          "话费套餐");
  static final List<String> ACTIONS =
      List.of(
          "退款", "退货", "换货", "重置密码", "激活", "升级套餐", "降级套餐", "取消订阅", "开具发票", "修改收货地址", "补发", "申请保修",
          "挂失", "过户", "停机保号", "复机", "查询账单", "更改付款方式", "积分兑换", "投诉升级", "携号转网", "办理退费");
  static final List<String> ISSUES =
      List.of(
          "无法登录",
          "扣费异常",
          "网速很慢",
          "手机没有信号",
          "订单一直未发货",
          "包裹丢失",
          "收到的商品有损坏",
          "重复扣款",
          "收不到验证码",
          "账单金额不对",
          "设备无法开机",
          "WiFi频繁掉线",
          "退款迟迟未到账",
          "积分没有到账",
          "发票抬头错误",
          "套餐变更未生效",
          "客户很生气",
          "来电反复投诉");
  static final List<String> CUSTOMERS =
      List.of("客户", "老年客户", "VIP客户", "企业客户", "新用户", "情绪激动的客户", "外籍客户");
  static final List<String> CHANNELS = List.of("电话", "在线客服", "微信", "邮件", "门店", "APP");
  static final List<String> POLICIES =
      List.of(
          "7天无理由退货",
          "30天价格保护",
          "15天换货",
          "一年保修",
          "首问负责制",
          "隐私保护规定",
          "实名制要求",
          "退款原路返回规则",
          "投诉处理时限",
          "服务等级协议SLA");
  static final List<String> SYSTEMS = List.of("CRM", "工单系统", "知识库", "计费系统", "BOSS系统", "质检平台");
  static final List<String> TIMES = List.of("24小时", "3个工作日", "48小时", "当天", "7天", "10分钟");

  static final List<String> SENTENCES =
      List.of(
          "当{customer}通过{channel}反映{issue}时，先安抚情绪，再核实身份。",
          "{product}办理{action}前，请在{system}中核对客户的实名信息和订单状态。",
          "根据{policy}的规定，{action}申请需要在{time}内处理完毕。",
          "如果{issue}，请引导客户重启设备，并检查{product}的设置是否正确。",
          "在{system}里新建工单，选择“{action}”类别，并备注{issue}的具体情况。",
          "注意：为{customer}办理{action}时，不得承诺超出{policy}范围的补偿。",
          "常见原因包括网络故障、账户欠费以及{product}配置错误。",
          "处理完成后，告知客户预计{time}内完成{action}，并发送短信确认。",
          "若客户对处理结果不满意，可按照投诉升级流程转交二线支持。",
          "话术示例：“您好，非常抱歉给您带来不便，我马上为您查询{product}的{action}进度。”",
          "每月{product}账单出账后，系统会自动把电子发票推送到客户邮箱。",
          "遇到{issue}时，先查看{system}中是否有已知故障公告。",
          "在CRM中为客户添加标签，例如“{action}跟进”，方便后续回访。",
          "{customer}来电时，要放慢语速，每分钟控制在120到150个字。",
          "投诉要在10分钟内响应，24小时内给出第一个解决方案。",
          "电话要在响铃3到5声内接听，并使用标准开场白。",
          "{action}成功后，{product}的权益会在{time}内生效。",
          "如需上门服务，请在{system}中预约工程师，并告知客户具体时间段。",
          "客户要求{action}但不符合{policy}时，要耐心解释原因并提供替代方案。",
          "质检时重点检查是否核实身份、是否准确说明{policy}。",
          "情绪管理：先倾听，再复述客户的问题，最后给出明确的下一步。",
          "对于{issue}的情况，可以先为客户申请临时补偿，再跟进根本原因。",
          "良好的服务体验来自快速、准确地处理客户的问题。",
          "客户体验调查显示，{issue}是来电的主要原因之一。");

  static final List<String> STEPS =
      List.of(
          "打开{system}，搜索客户手机号。",
          "核对客户姓名、证件号码后四位和最近一次缴费记录。",
          "在“{product}”页面点击“{action}”。",
          "确认金额和生效时间，向客户复述一遍。",
          "提交后记录工单号，并告知客户可在APP中查看进度。",
          "如提示错误，截图后转交二线支持。",
          "挂机前询问客户是否还有其他问题。");

  static final List<String> PRODUCTS_EN =
      List.of(
          "5G Unlimited plan",
          "home broadband",
          "gigabit fibre",
          "SIM card",
          "eSIM",
          "data add-on",
          "roaming pass",
          "smart watch",
          "iPhone 15",
          "Galaxy S24",
          "router",
          "set-top box",
          "loyalty points",
          "e-invoice",
          "prepaid card",
          "device trade-in",
          "extended warranty",
          "family plan",
          "cloud storage");
  static final List<String> ACTIONS_EN =
      List.of(
          "refund",
          "return",
          "exchange",
          "password reset",
          "activation",
          "plan upgrade",
          "plan downgrade",
          "subscription cancellation",
          "invoice request",
          "address change",
          "replacement",
          "warranty claim",
          "number porting",
          "billing enquiry",
          "points redemption",
          "complaint escalation");
  static final List<String> ISSUES_EN =
      List.of(
          "they cannot log in",
          "they were charged twice",
          "the connection is slow",
          "there is no signal",
          "the order has not shipped",
          "the parcel is lost",
          "the item arrived damaged",
          "the verification code never arrives",
          "the bill amount is wrong",
          "the Wi-Fi keeps dropping",
          "the refund has not arrived",
          "the points are missing",
          "the invoice title is wrong",
          "the customer is very angry");
  static final List<String> CUSTOMERS_EN =
      List.of(
          "customer", "elderly customer", "VIP customer", "business customer", "new subscriber");
  static final List<String> CHANNELS_EN =
      List.of("phone", "live chat", "WeChat", "email", "the app");
  static final List<String> POLICIES_EN =
      List.of(
          "7-day no-questions-asked return",
          "30-day price protection",
          "15-day exchange",
          "one-year warranty",
          "first-contact ownership",
          "privacy",
          "real-name registration",
          "service level agreement");
  static final List<String> SYSTEMS_EN =
      List.of("CRM", "ticketing system", "knowledge base", "billing system");
  static final List<String> TIMES_EN =
      List.of("24 hours", "3 business days", "48 hours", "the same day");

  static final List<String> SENTENCES_EN =
      List.of(
          "When a {customer} reports on {channel} that {issue}, acknowledge the problem and verify their identity first.",
          "Before processing a {action} for the {product}, check the order status in the {system}.",
          "Under the {policy} policy, {action} requests must be completed within {time}.",
          "If {issue}, ask the customer to restart the device and check the {product} settings.",
          "Log a ticket in the {system} with the category \"{action}\" and describe the issue in the customer's words.",
          "Never promise compensation beyond what the {policy} policy allows.",
          "Refunds are returned to the original payment method within 3 to 5 business days.",
          "Sample script: \"I'm sorry for the trouble. Let me check the {action} status of your {product} right away.\"",
          "Escalate to second-line support when the customer is not satisfied with the resolution.",
          "Tag the customer in the CRM so that the next agent sees the open {action}.",
          "Complaints get a response within 10 minutes and a first solution within 24 hours.",
          "Answer the phone within three to five rings and use the standard greeting.",
          "Once the {action} is approved, the {product} benefits apply within {time}.",
          "Check the {system} for known outages before troubleshooting {product} problems.",
          "Explain the {policy} policy calmly when a {customer} asks for an exception.");

  static final List<String> TAGS =
      List.of(
          "退款",
          "退货",
          "账单",
          "发票",
          "5G",
          "宽带",
          "密码",
          "激活",
          "投诉",
          "VIP",
          "积分",
          "物流",
          "保修",
          "漫游",
          "eSIM",
          "话术",
          "质检",
          "安全",
          "政策",
          "CRM",
          "标签",
          "新人",
          "套餐",
          "故障",
          "门店",
          "refund",
          "billing",
          "password",
          "complaint",
          "onboarding",
          "roaming",
          "warranty",
          "invoice",
          "escalation");

  private static final Transliterator S2T = Transliterator.getInstance("Simplified-Traditional");
  private static final Pattern SLOT = Pattern.compile("\\{([a-z]+)}");

  /** Scraper artefacts of the seed documents: pinyin in brackets after some characters. */
  static final Map<String, String> PINYIN_ARTEFACTS =
      Map.of("體驗", "體驗(yàn)", "服務", "服務(wù)", "客戶", "客戶(hù)", "處理", "處(chǔ)理", "問題", "問(wèn)題");

  private Vocabulary() {}

  /** One language's phrase pools. */
  record Pools(
      List<String> sentences,
      List<String> steps,
      Map<String, List<String>> slots,
      String sentenceGap) {

    String fill(String template, SplittableRandom random) {
      Matcher m = SLOT.matcher(template);
      StringBuilder out = new StringBuilder(template.length() + 32);
      while (m.find()) {
        List<String> words = slots.get(m.group(1));
        m.appendReplacement(out, Matcher.quoteReplacement(pick(words, random)));
      }
      m.appendTail(out);
      return out.toString();
    }

    String sentence(SplittableRandom random) {
      return fill(pick(sentences, random), random);
    }

    String step(SplittableRandom random) {
      return fill(pick(steps, random), random);
    }

    String slot(String name, SplittableRandom random) {
      return pick(slots.get(name), random);
    }
  }

  static final Pools SIMPLIFIED =
      new Pools(
          SENTENCES,
          STEPS,
          Map.of(
              "product", PRODUCTS,
              "action", ACTIONS,
              "issue", ISSUES,
              "customer", CUSTOMERS,
              "channel", CHANNELS,
              "policy", POLICIES,
              "system", SYSTEMS,
              "time", TIMES),
          "");

  static final Pools TRADITIONAL =
      new Pools(
          traditional(SENTENCES),
          traditional(STEPS),
          Map.of(
              "product", traditional(PRODUCTS),
              "action", traditional(ACTIONS),
              "issue", traditional(ISSUES),
              "customer", traditional(CUSTOMERS),
              "channel", traditional(CHANNELS),
              "policy", traditional(POLICIES),
              "system", traditional(SYSTEMS),
              "time", traditional(TIMES)),
          "");

  static final Pools ENGLISH =
      new Pools(
          SENTENCES_EN,
          List.of(
              "Open the {system} and search for the customer's phone number.",
              "Verify the name, the last four digits of the ID and the latest payment.",
              "On the {product} page, click \"{action}\".",
              "Confirm the amount and the effective date, and read them back to the customer.",
              "Note the ticket number and tell the customer they can follow it in the app.",
              "If an error appears, take a screenshot and escalate to second-line support."),
          Map.of(
              "product", PRODUCTS_EN,
              "action", ACTIONS_EN,
              "issue", ISSUES_EN,
              "customer", CUSTOMERS_EN,
              "channel", CHANNELS_EN,
              "policy", POLICIES_EN,
              "system", SYSTEMS_EN,
              "time", TIMES_EN),
          " ");

  static String toTraditional(String simplified) {
    synchronized (S2T) {
      return S2T.transliterate(simplified);
    }
  }

  private static List<String> traditional(List<String> simplified) {
    return simplified.stream().map(Vocabulary::toTraditional).toList();
  }

  static <T> T pick(List<T> list, SplittableRandom random) {
    return list.get(random.nextInt(list.size()));
  }
}
