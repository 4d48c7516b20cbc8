package io.kbplatform.content.extraction;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.Optional;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

/**
 * Decodes plain text whose charset nobody declared: a byte-order mark, else strict UTF-8, else the
 * Chinese legacy encodings GB18030 (a superset of GBK) and Big5 judged by how many of the most
 * frequent Chinese characters each decoding yields, else ICU's statistical guess.
 */
final class TextDecoder {

  static final Charset GB18030 = Charset.forName("GB18030");
  static final Charset BIG5 = Charset.forName("Big5");

  /** Confidence (0–100) from which ICU's guess of GB18030 or Big5 is taken as is. */
  private static final int SURE = 50;

  /**
   * Very frequent characters of Chinese text in both scripts, service vocabulary included; a right
   * decoding hits them often, a wrong one (GBK read as Big5 or the reverse) rarely.
   */
  private static final String FREQUENT =
      "的一是不了在人有我他这這个個们們中来來上大为為和国國地到以说說时時要就出会會可也你对對生能"
          + "而子那得于於着著下自之年过過发發后後作里裡用道行所然家种種事成方多经經么麼去法学學如都同"
          + "现現当當没沒动動面起看定天分还還进進好小部其些主样樣理心她本前开開但因只从從想实實日意无無"
          + "力它与與长長把机機十第公此已工使情明性知全三又关關点點正业業外将將两兩高间間由问問很最重并"
          + "並物手应應向头頭文体體新己制身果加月话話合回特代内內信表化给給位次度门門常先通原名真处處走"
          + "各入口认認条條平系气氣题題更别別变變总總何电電数數安少报報才结結反受目量再感建务務做接必场"
          + "場件计計管期市直资資命许許统統区區保形便空决決展基非则則听聽界达達光放强強即难難请請您客户"
          + "戶服谢謝感复復覆电話单單号號码碼订訂购購退款货貨支付账帳查询詢办辦理需帮幫助联聯系繫送到";

  private static final BitSet FREQUENT_SET = new BitSet(0x10000);

  static {
    FREQUENT.chars().forEach(FREQUENT_SET::set);
  }

  /** How much of a file the charset is judged on. */
  static final int SAMPLE_BYTES = 64 * 1024;

  /** A charset and the length of the byte-order mark to skip. */
  record Detected(Charset charset, int byteOrderMarkLength) {}

  private TextDecoder() {}

  /** Decodes a whole (small) text. */
  static String decode(byte[] bytes) {
    Detected detected = detect(bytes);
    int skip = detected.byteOrderMarkLength();
    return new String(bytes, skip, bytes.length - skip, detected.charset());
  }

  /**
   * The charset of a text judged on its first bytes ({@link #SAMPLE_BYTES} are plenty; a character
   * cut at the end of the sample is not an error).
   */
  static Detected detect(byte[] sample) {
    Optional<Detected> withBom = byteOrderMark(sample);
    if (withBom.isPresent()) {
      return withBom.get();
    }
    if (strict(sample, StandardCharsets.UTF_8).isPresent()) {
      return new Detected(StandardCharsets.UTF_8, 0);
    }
    Charset charset = chinese(sample).orElseGet(() -> icuGuess(sample));
    return new Detected(charset, 0);
  }

  /** The sample decoded without errors as UTF-8, GB18030 or Big5, if any of them fits. */
  static Optional<String> decodeStrictly(byte[] sample) {
    return strict(sample, StandardCharsets.UTF_8)
        .or(() -> chinese(sample).flatMap(charset -> strict(sample, charset)));
  }

  private static Optional<Detected> byteOrderMark(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return Optional.of(new Detected(StandardCharsets.UTF_8, 3));
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return Optional.of(new Detected(StandardCharsets.UTF_16BE, 2));
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return Optional.of(new Detected(StandardCharsets.UTF_16LE, 2));
    }
    return Optional.empty();
  }

  private static Optional<Charset> chinese(byte[] bytes) {
    Optional<String> gb = strict(bytes, GB18030);
    Optional<String> big5 = strict(bytes, BIG5);
    if (gb.isEmpty() && big5.isEmpty()) {
      return Optional.empty();
    }
    if (gb.isEmpty() || big5.isEmpty()) {
      return Optional.of(gb.isPresent() ? GB18030 : BIG5);
    }
    Optional<Charset> sure = icuChinese(bytes);
    if (sure.isPresent()) {
      return sure;
    }
    int gbScore = frequentCount(gb.get());
    int big5Score = frequentCount(big5.get());
    if (gbScore == 0 && big5Score == 0) {
      return Optional.empty();
    }
    return Optional.of(gbScore >= big5Score ? GB18030 : BIG5);
  }

  /** ICU's verdict when it is confident the text is GB18030 or Big5. */
  private static Optional<Charset> icuChinese(byte[] bytes) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    CharsetMatch best = detector.detect();
    if (best == null || best.getConfidence() < SURE) {
      return Optional.empty();
    }
    return switch (best.getName()) {
      case "GB18030" -> Optional.of(GB18030);
      case "Big5" -> Optional.of(BIG5);
      default -> Optional.empty();
    };
  }

  private static Charset icuGuess(byte[] bytes) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    CharsetMatch best = detector.detect();
    if (best != null && Charset.isSupported(best.getName())) {
      return Charset.forName(best.getName());
    }
    return Charset.forName("windows-1252");
  }

  private static int frequentCount(String text) {
    return (int) text.chars().filter(FREQUENT_SET::get).count();
  }

  /** The sample decoded without any malformed input, except an incomplete last character. */
  private static Optional<String> strict(byte[] bytes, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), out, false);
    if (result.isError()) {
      return Optional.empty();
    }
    return Optional.of(out.flip().toString());
  }
}
