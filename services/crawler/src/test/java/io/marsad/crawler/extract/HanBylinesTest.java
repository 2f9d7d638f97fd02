package io.marsad.crawler.extract;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HanBylinesTest {

    private static List<String> credited(String body) {
        return HanBylines.in(Jsoup.parse("<html><body>" + body + "</body></html>"));
    }

    @Test
    void aReporterCreditedInTheDatelineOrAtTheEndIsTheStorysWriter() {
        // xinhua: "据新华社拉萨电（记者 格桑边觉）" opening the story
        assertEquals(List.of("格桑边觉"), credited("<p>据新华社拉萨电（记者 格桑边觉）记者近日从西藏自治区农业农村厅召开的全区农牧业工作会议上了解到，"
            + "去年改造户用卫生厕所4.66万座。</p>"));
        // cctv.com: "（总台记者 张倩）" closing it; a newspaper's reporters on a line of their own, and trainees named with them
        assertEquals(List.of("张倩"), credited("<p>为戏曲导演艺术的发展起到极大推动作用。（总台记者 张倩）</p>"));
        assertEquals(List.of("王建宏", "张文攀"), credited("<p>【新春走基层】</p><p>光明日报记者 王建宏 张文攀</p><p>土豆，听名字就“土”得掉渣。</p>"));
        assertEquals(List.of("樊亮", "张明超", "惠禾"), credited("<div>本报讯 （实习记者 樊亮 张明超 记者惠禾）13岁，正是花季的年龄。</div>"));
    }

    @Test
    void aWritersLabelNamesTheWriterInItsLineOrTheElementAfterIt() {
        assertEquals(List.of("罗银胜"), credited("<td>作者：罗银胜</td>"));
        // a forum's post: the label in bold, the member's name a link to the profile
        assertEquals(List.of("芊草凡凡"), credited("<td><b>作者：</b><a href='forumbbsui.jsp?id=lovedelubi'>芊草凡凡</a> <b>时间：</b>2005-08-22</td>"));
        // sina.com.cn's serialised books: the label ends a line of other labels, the name a link
        assertEquals(List.of("罗银胜"), credited("<td><b>连载：<a href='/nzt/qiao/'>乔冠华才情人生</a> 出版社：团结出版社 作者：<a href='/nzt/qiao/'>罗银胜</a></b></td>"));
    }

    @Test
    void rolesBetweenNamesAndTheSlashBeforeThePlaceAreNoNames() {
        // sina.com.cn: "记者 柳德新 通讯员 彭娟"; udn.com: "【聯合報╱記者黃文奇／即時報導】"; nownews.com: "〔記者陳鈞凱／台北報導〕"
        assertEquals(List.of("柳德新", "彭娟"), credited("<p>本报讯（记者 柳德新 通讯员 彭娟）昨日，省里召开会议。</p>"));
        assertEquals(List.of("黃文奇"), credited("<p>【聯合報╱記者黃文奇／即時報導】經濟部今天公布數據。</p>"));
        assertEquals(List.of("陳鈞凱"), credited("<p>〔記者陳鈞凱／台北報導〕新手媽媽看過來。</p>"));
        // writers parted by spaces, as a paper's list of them
        assertEquals(List.of("闵乐夫", "赵兰波", "刘韬"), credited("<td>作者：闵乐夫 赵兰波 刘韬<br>本文讨论了农业机械化的发展。</td>"));
    }

    @Test
    void aCreditGivenAsTheMetadatasAuthorGivesItsNames() {
        assertEquals(List.of("裴鈺"), HanBylines.namesIn("作者：裴鈺"));
        assertEquals(List.of("黃文奇"), HanBylines.namesIn("【經濟日報╱記者黃文奇／即時報導】"));
        assertEquals(List.of("Anna Muster"), HanBylines.namesIn("Anna Muster"));
        assertEquals(List.of("新华社"), HanBylines.namesIn("新华社"));
    }

    @Test
    void menusEditorsPhotographersAndCommentsAreNoWriters() {
        assertEquals(List.of(), credited("<ul class='nav'><li><a href='/jzgcha/'>记者调查</a></li></ul>"
            + "<p>（ 责任编辑：魏喆 ）</p><p>拿出10万元来做房产投资 蔡雪婧/摄</p><p>18时许，记者来到这家医院，看到她虚弱地躺在床上。</p>"
            + "<p>（記者鄭名娟攝）</p><div class='comments'><p>（记者 李明）</p></div>"));
    }

    @Test
    void theExtractorNamesTheReporterWhenTheMarkupNamesNobody() {
        ExtractedArticle article = new ArticleExtractor().extract(Jsoup.parse("<html><head><title>著名戏曲导演沈斌去世</title></head><body>"
            + "<article><h1>著名戏曲导演沈斌去世</h1><p>" + "沈斌为传承、丰富、发展昆剧剧目作出突出贡献。".repeat(8) + "（总台记者 张倩）</p></article>"
            + "</body></html>"), "https://news.example.cn/2022/02/13/shen-bin.html");
        assertEquals(List.of("张倩"), article.authors());
    }
}
