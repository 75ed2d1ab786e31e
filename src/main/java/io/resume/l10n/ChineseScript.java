package io.resume.l10n;

/**
 * Whether a Chinese text is written in simplified (Hans) or traditional (Hant) characters: the
 * language is the same, the labels are not (简历 or 履歷). Lingua names the language only; the script
 * shows in the characters that each form writes differently, of which these are among the most
 * frequent (each pair one character in both forms; characters that both forms use, such as 后 or 系,
 * are left out). More traditional than simplified ones: Hant, else Hans, China's.
 */
final class ChineseScript {
  private static final String SIMPLIFIED =
      "个们这来时为说会学过国与经发还对点开关体业实专资统计设处长应历验职务员区产书术论网际电动机据图语数负责项导师级组织优协团队营销帮价录线华东车门问题见现从让将当双内";
  private static final String TRADITIONAL =
      "個們這來時為說會學過國與經發還對點開關體業實專資統計設處長應歷驗職務員區產書術論網際電動機據圖語數負責項導師級組織優協團隊營銷幫價錄線華東車門問題見現從讓將當雙內";

  private ChineseScript() {}

  /** "Hant" when the text has more traditional forms than simplified ones, else "Hans". */
  static String of(String text) {
    int simplified = 0;
    int traditional = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (SIMPLIFIED.indexOf(c) >= 0) {
        simplified++;
      } else if (TRADITIONAL.indexOf(c) >= 0) {
        traditional++;
      }
    }
    return traditional > simplified ? "Hant" : "Hans";
  }
}
