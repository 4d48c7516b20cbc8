package io.kbplatform.bench.driver;

import java.util.List;

/**
 * The fixed query mix: what agents type mid-call — colloquial Simplified Chinese, Traditional,
 * English, mixed Chinese/English, question-like — a third of them with a facet filter. Every client
 * walks the same sequence, so both targets answer exactly the same requests.
 */
public final class QueryMix {

  public static final List<BenchQuery> QUERIES =
      List.of(
          BenchQuery.of("zh-Hans", "退款流程"),
          BenchQuery.of("zh-Hans", "重置密码"),
          BenchQuery.of("zh-Hans", "宽带网速很慢"),
          BenchQuery.of("zh-Hans", "投诉升级流程"),
          BenchQuery.of("zh-Hans", "电子发票 抬头错误"),
          BenchQuery.of("zh-Hans", "收不到验证码"),
          BenchQuery.of("zh-Hans", "客户很生气怎么办"),
          BenchQuery.of("zh-Hans", "包裹丢失 补发"),
          BenchQuery.of("zh-Hant", "退貨政策"),
          BenchQuery.of("zh-Hant", "會員積分兌換"),
          BenchQuery.of("zh-Hant", "重複扣款"),
          BenchQuery.of("zh-Hant", "客戶服務體驗"),
          BenchQuery.of("en", "refund policy"),
          BenchQuery.of("en", "password reset"),
          BenchQuery.of("en", "charged twice"),
          BenchQuery.of("en", "wifi keeps dropping"),
          BenchQuery.of("en", "how to cancel a subscription"),
          BenchQuery.of("mixed", "VIP客户"),
          BenchQuery.of("mixed", "CRM 标签"),
          BenchQuery.of("mixed", "eSIM 激活"),
          BenchQuery.of("mixed", "iPhone 15 以旧换新"),
          BenchQuery.of("mixed", "5G套餐 upgrade"),
          BenchQuery.of("zh-Hans+space", "退款", "space", "BILLING"),
          BenchQuery.of("zh-Hans+tags", "套餐变更", "tags", "套餐"),
          BenchQuery.of("zh-Hans+template", "无法登录", "template", "TROUBLESHOOTING"),
          BenchQuery.of("zh-Hant+space", "國際漫遊", "space", "ROAMING"),
          BenchQuery.of("en+tags", "warranty claim", "tags", "warranty"),
          BenchQuery.of("en+template", "refund", "template", "FAQ"),
          BenchQuery.of("mixed+space", "VIP专线 complaint", "space", "VIP"),
          BenchQuery.of("mixed+verification", "SIM卡 挂失", "verification", "verified"),
          BenchQuery.of("zh-Hans+updated", "积分没有到账", "updated", "365d"),
          BenchQuery.of("en+space", "roaming pass", "space", "ROAMING"));

  private QueryMix() {}
}
