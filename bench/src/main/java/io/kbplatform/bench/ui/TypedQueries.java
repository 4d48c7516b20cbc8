package io.kbplatform.bench.ui;

import io.kbplatform.bench.driver.BenchQuery;
import io.kbplatform.bench.driver.QueryMix;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the benchmark types: the texts of the API benchmark's query mix (colloquial Simplified,
 * Traditional, English, mixed), then more of the same kind, up to the number asked for.
 */
final class TypedQueries {

  private static final List<String> MORE =
      List.of(
          "话费充值失败",
          "怎么修改收货地址",
          "流量用超了",
          "发票怎么开",
          "账号被冻结",
          "停机保号",
          "国际漫游资费",
          "退订增值业务",
          "宽帶裝機預約",
          "帳單查詢",
          "change billing address",
          "order not delivered",
          "roaming charges",
          "SIM card lost",
          "App 无法登录",
          "WiFi 密码忘了",
          "5G 信号差",
          "客户要求赔偿",
          "停電補償",
          "how do I reset voicemail");

  private TypedQueries() {}

  static List<String> first(int count) {
    Set<String> texts = new LinkedHashSet<>();
    QueryMix.QUERIES.stream().map(BenchQuery::text).forEach(texts::add);
    texts.addAll(MORE);
    List<String> all = new ArrayList<>(texts);
    List<String> chosen = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      chosen.add(all.get(i % all.size()));
    }
    return chosen;
  }
}
