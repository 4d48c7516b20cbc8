package io.kbplatform.bench.corpus;

import io.kbplatform.bench.corpus.CorpusSpace.CorpusCategory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The fixed shape of the corpus: 20 spaces (4 readable by groups only), 6 categories each, the
 * permission groups, the authors and the agent the load test searches as.
 */
public final class CorpusLayout {

  /** The agent whose searches are measured: member of {@link #AGENT_GROUPS}. */
  public static final String AGENT = "bench-agent";

  /** The agent's groups: it reads the VIP space and articles restricted to tier2, not the rest. */
  public static final List<String> AGENT_GROUPS = List.of("tier1", "tier2", "vip-team");

  /** Every group: the agent's and those that keep it out. */
  public static final List<String> GROUPS =
      List.of(
          "tier1", "tier2", "vip-team", "supervisors", "hr", "security-team", "enterprise-team");

  /** Groups articles are restricted to (about 6% of articles). */
  public static final List<String> RESTRICTION_GROUPS = List.of("tier2", "supervisors", "vip-team");

  public static final List<String> AUTHORS =
      List.of(
          "li.na",
          "wang.wei",
          "zhang.min",
          "chen.jie",
          "liu.yang",
          "amy.wong",
          "david.chan",
          "sarah.lee",
          "huang.lei",
          "zhou.ting");

  private static final String[][] SPACES = {
    {"BILLING", "账单与支付 Billing"},
    {"MOBILE", "移动业务 Mobile"},
    {"BROADBAND", "宽带与光纤 Broadband"},
    {"DEVICES", "终端设备 Devices"},
    {"RETAIL", "门店零售 Retail"},
    {"ECOM", "电商售后 E-commerce after-sales"},
    {"LOGISTICS", "物流配送 Logistics"},
    {"LOYALTY", "会员与积分 Loyalty"},
    {"VIP", "VIP客户服务 VIP service", "vip-team,supervisors"},
    {"COMPLAINTS", "投诉处理 Complaints"},
    {"ONBOARDING", "新人培训 Onboarding"},
    {"QA", "质检标准 Quality"},
    {"HR", "人事制度 HR policies", "hr,supervisors"},
    {"IT_SUPPORT", "内部IT支持 IT support"},
    {"SECURITY", "信息安全 Security", "security-team,supervisors"},
    {"PRODUCT", "产品知识 Product knowledge"},
    {"PROMO", "营销活动 Promotions"},
    {"ENTERPRISE", "政企客户 Enterprise", "enterprise-team,supervisors"},
    {"ROAMING", "国际漫游 Roaming"},
    {"SCRIPTS", "话术库 Call scripts"},
  };

  private static final String[] CATEGORY_NAMES = {
    "常见问题 FAQ", "操作指南 How-to", "故障排查 Troubleshooting", "政策规定 Policies", "话术模板 Scripts", "案例库 Cases"
  };

  private final List<CorpusSpace> spaces;

  public CorpusLayout() {
    List<CorpusSpace> list = new ArrayList<>();
    for (String[] s : SPACES) {
      List<CorpusCategory> categories = new ArrayList<>();
      for (int c = 0; c < CATEGORY_NAMES.length; c++) {
        categories.add(new CorpusCategory(id("category", s[0] + "/" + c), CATEGORY_NAMES[c], c));
      }
      List<String> groups = s.length > 2 ? List.of(s[2].split(",")) : List.of();
      list.add(new CorpusSpace(id("space", s[0]), s[0], s[1], groups, List.copyOf(categories)));
    }
    this.spaces = List.copyOf(list);
  }

  public List<CorpusSpace> spaces() {
    return spaces;
  }

  /** A deterministic id (UUID v3) for a kind of row and a name. */
  public static String id(String kind, String name) {
    return UUID.nameUUIDFromBytes((kind + ":" + name).getBytes(StandardCharsets.UTF_8)).toString();
  }
}
