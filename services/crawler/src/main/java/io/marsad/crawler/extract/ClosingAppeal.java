package io.marsad.crawler.extract;

import java.util.List;

/**
 * The site asking the reader for something after the article: to subscribe ("Subscribe now to our
 * e-edition for the full story", "To view the full story, please subscribe"), to sign up for its
 * newsletter, to become a member, to support its journalism, to log in, to rate the article or discuss it on the site's
 * forum, to follow it. A news story's last paragraph
 * is often a quote ("we will support our farmers", "sign up before Friday"), so a verb alone is not
 * enough: the appeal names what it asks for — a subscription, the newsletter, membership, the site's
 * work, an account — or uses the forms only a site uses to its readers ("subscribe now", "hazte miembro").
 */
final class ClosingAppeal {

    /** Longer than this, a paragraph is text that happens to use these words. */
    static final int MAX_LENGTH = 700;

    /** The site's own possessive: "our newsletter", "unseren Newsletter", "notre newsletter". */
    private static final String OURS = "(?:our|unser\\w*|notre|nos|nuestr[oa]s?|noss[oa]s?|nostr[aoie]|наш\\w*)";
    private static final String NEWSLETTER = "(?:[\\w-]*newsletters?|lettre d'information|boletín|рассылк\\w*|خبرنامه)";

    private static final WordedPattern APPEAL = WordedPattern.ofGroups(MAX_LENGTH,
        // subscriptions, in the forms a site addresses its readers with
        WordedPattern.group(List.of("subscri", "abonn", "suscr", "assine", "inscreva", "abbonati", "подпи", "اشترك", "مشترک"),
            "\\bsubscribe\\s+(?:now|today|here|to\\s+(?:us|our|the\\s+\\w+\\s+(?:edition|newspaper)))\\b", "\\bwhen\\s+you\\s+subscribe\\b",
            "\\bplease\\s+subscribe\\b", "\\balready\\s+a\\s+subscriber\\b", "\\bfirst-time\\s+subscribers\\b",
            "\\b(?:jetzt\\s+)?abonnieren\\s+sie\\b", "\\bjetzt\\s+abonnieren\\b", "\\babonnez-vous\\b", "\\bsuscríb(?:ete|ase)\\b",
            "\\bassine\\s+(?:já|agora|o\\s+jornal|a\\s+newsletter)\\b", "\\binscreva-se\\b", "\\babbonati\\b", "\\bподпишитесь\\b",
            "\\bподписывайтесь\\b", "اشترك\\s+(?:الآن|في\\s+(?:نشرتنا|النشرة|موقعنا|قناتنا))", "مشترک\\s+شوید"),
        WordedPattern.group(List.of("full story", "full article", "digital access"),
            "\\bto\\s+(?:view|read|continue\\s+reading)\\s+the\\s+full\\s+(?:story|article)\\b", "\\bunlimited\\s+digital\\s+access\\b"),
        // an account: "Already have an account? Log in", "Sign In or Create an Account"; an account to comment with: "You must
        // be logged in to post a comment", "Sie müssen sich einloggen, um sich an einer Diskussion beteiligen zu können",
        // "Зарегистрируйтесь или войдите, чтобы оставить комментарий"
        WordedPattern.group(List.of("account", "logged in", "müssen sich", "зарегистрир", "войдите", "авторизу"),
            "\\balready\\s+have\\s+an\\s+account\\?",
            "\\b(?:must|need\\s+to)\\s+be\\s+logged\\s+in\\s+to\\s+(?:post|leave|write|add)\\s+a\\s+(?:comment|reply)\\b",
            "\\bmüssen\\s+sich\\s+(?:einloggen|anmelden),?\\s+um\\b",
            "(?:зарегистрируйтесь|войдите|авторизуйтесь)[^.!?]{0,30}чтобы\\s+(?:оставить|написать|добавить)\\s+комментари",
            "^\\s*(?:sign|log)\\s*in\\s+(?:or|/)\\s+(?:register|sign\\s*up|create\\s+(?:an?\\s+)?(?:free\\s+)?account)\\s*$"),
        // membership and paywalls
        WordedPattern.group(List.of("become a", "hazte", "mitglied", "devenez", "torne-se", "paywall", "bezahlschranke"),
            "\\bbecome\\s+a\\s+(?:member|subscriber|patron|supporter)\\b", "\\bhazte\\s+(?:miembro|socio|suscriptor)\\b",
            "\\bwerde(?:n\\s+sie)?\\s+mitglied\\b", "\\bdevenez\\s+(?:membre|abonné)\\b", "\\btorne-se\\s+(?:membro|assinante)\\b",
            "\\b(?:no|our|keine|unsere)\\s+(?:paywall|bezahlschranke)\\b"),
        // supporting the site's work
        WordedPattern.group(List.of("support", "unterstützen", "soutenez", "apoya", "поддержите"),
            "\\b(?:consider\\s+supporting|supports?\\s+(?:our|independent|this\\s+(?:kind\\s+of\\s+)?)\\s*(?:work|journalism|reporting|newsroom|ministry|mission))\\b",
            "\\bunterstützen\\s+sie\\s+(?:uns|unsere\\s+arbeit|unabhängigen\\s+journalismus|diese(?:n)?\\s+(?:form\\s+des\\s+|art\\s+(?:von\\s+)?)?journalismus)\\b",
            "\\bsoutenez\\s+(?:notre|le)\\s+(?:travail|journalisme)\\b", "\\bapoya\\s+(?:nuestro|el)\\s+(?:trabajo|periodismo)\\b",
            "\\bподдержите\\s+(?:нашу|наш|нас)\\b"),
        // money for the site: "Please contribute here", "Your contribution supports independent journalism", "Donate now",
        // "$5.95 per month on Patreon"; a story's "donated to the hospital" names no one it asks
        WordedPattern.group(List.of("contribut", "donat", "patreon"),
            "\\b(?:please\\s+)?(?:contribute|donate)\\s+(?:now|today|here|to\\s+(?:us|our|support))\\b", "\\bplease\\s+(?:contribute|donate)\\b",
            "\\b(?:your|our\\s+readers['’]?)\\s+(?:contributions?|donations?)\\s+(?:supports?|makes?|keeps?|helps?|allows?)\\b",
            "\\bmake\\s+a\\s+(?:one-time\\s+|monthly\\s+|recurring\\s+|tax-deductible\\s+)?(?:donation|contribution)\\s+(?:to\\s+)?(?:us|today|now)\\b",
            "\\bon\\s+patreon\\b"),
        // tips for the newsroom: "Have a tip we should know? Email tips@…", "Do you have a story to tell? Email: …", "Got a news tip?"
        WordedPattern.group(List.of("tip", "story to tell", "comment"),
            "\\b(?:have|got)\\s+a\\s+(?:news\\s+|story\\s+)?tip\\b(?:\\s+(?:we|for\\s+us)\\b|\\s*\\?)", "\\bdo\\s+you\\s+have\\s+a\\s+story\\s+to\\s+tell\\b",
            "\\bsend\\s+us\\s+(?:your\\s+)?(?:news\\s+)?tips\\b", "\\bdo\\s+you\\s+have\\s+(?:comments|a\\s+comment)\\s+on\\s+this\\s+(?:story|article)\\b"),
        // the site's newsletter: "our weekly newsletter", "sign up for the Crypto-Gram Newsletter", "اشترك في نشرتنا"
        WordedPattern.group(List.of("newsletter", "lettre d'information", "boletín", "рассылк", "خبرنامه", "mail updates", "mail alerts",
                "نشرتنا", "النشرة", "inbox", "posteingang"),
            "\\b" + OURS + "\\s+(?:\\w+\\s+)?" + NEWSLETTER + "\\b",
            "\\b(?:sign(?:ing)?[\\s-]*up|subscribe)\\s+(?:(?:now|today)\\s+)?(?:to|for)\\s+(?:the\\s+)?(?:[\\w.'’-]+\\s+){0,3}newsletters?\\b",
            "\\bsign(?:ing)?[\\s-]*up\\s+(?:to|for)\\s+(?:our\\s+)?(?:free\\s+)?e-?mail\\s+(?:updates|alerts)\\b",
            "نشرتنا|النشرة\\s+البريدية",
            "\\b(?:meet|(?:straight|direct(?:ly)?|delivered)\\s+(?:to|into))\\s+your\\s+inbox\\b", "\\bin\\s+(?:deinen|ihren)\\s+posteingang\\b"),
        // the site's channels named with its voice ("¡Mira lo que tiene nuestro canal de YouTube!"); following the site, in the
        // right-to-left languages' forms a site addresses its readers with ("تابعونا على تلغرام", "ما را در اینستاگرام دنبال کنید",
        // "ہمیں فیس بک پر فالو کریں", "ہمارا واٹس ایپ چینل جوائن کریں")
        WordedPattern.group(List.of("canal", "channel", "kanal", "chaîne", "تابعونا", "قناتنا", "دنبال کنید", "کانال", "فالو", "چینل",
                "نیوز لیٹر"),
            "\\b" + OURS + "\\s+(?:\\w+\\s+)?(?:canal|channel|kanal|chaîne)\\s+(?:\\w+\\s+)?(?:youtube|telegram|whatsapp|tiktok|instagram)\\b",
            "تابعونا\\s+(?:على|عبر|في)", "(?:انضموا|انضم|اشتركوا)\\s+(?:إلى|الى|في)\\s+قناتنا", "قناتنا\\s+(?:على|في|عبر)",
            "ما\\s+را\\s+(?:در|از\\s+طریق)\\s+(?:\\S+\\s+){1,2}دنبال\\s+کنید", "کانال\\s+(?:\\S+\\s+)?ما\\s+(?:بپیوندید|را\\s+دنبال\\s+کنید)",
            "ہمیں\\s+(?:\\S+\\s+){1,3}فالو\\s+کریں", "ہمار[اے]\\s+(?:\\S+\\s+){1,3}چینل\\s+(?:کو\\s+)?(?:جوائن|سبسکرائب|فالو)\\s+کریں",
            "ہمارا\\s+نیوز\\s+لیٹر"),
        // a discussion on the site's forum, a subscription ("Zapraszamy też do dyskusji na największym polskim forum
        // ekologicznym", "Zapraszamy też do subskrypcji tygodnika…")
        WordedPattern.group(List.of("zapraszamy"),
            "\\bzapraszamy\\s+(?:(?:też|również|serdecznie)\\s+)?do\\s+(?:dyskusji|subskrypcji|prenumeraty)\\b"));

    /**
     * Appeals told by how their line opens, tried at its start only: "follow" stands in many a sentence, and trying the whole
     * of {@link #APPEAL} on every paragraph that holds it cost a few per cent of extraction's time.
     */
    private static final WordedPattern LINE_OPENING_APPEAL = WordedPattern.of(MAX_LENGTH,
        List.of("rate this", "оцените", "oceń", "follow", "enter your", "like this", "become a fan"),
        // a request to rate the article ("Rate this week's newsletter issue", "Оцените, пожалуйста, статью", "Oceń artykuł"); a
        // sentence that only uses the words ("…would rate this story's sources…") is the writer's
        "^\\W*(?:please\\s+)?rate\\s+this\\s+(?:[\\w'’]+\\s+){0,3}?(?:article|story|post|page|recipe|issue)\\b(?!['’])",
        "^\\W*оцените,?\\s+(?:пожалуйста,?\\s+)?(?:эту\\s+)?(?:статью|материал|новость)", "^\\W*oceń\\s+(?:ten\\s+)?(?:artykuł|tekst)",
        // following the site or the writer ("Follow us!", "Follow me: twitter.com/…", "For NDTV Updates, follow us on Twitter"),
        // when its links went; "Follow me down the rabbit hole…" and a quote ("“Follow me,” he said") stay
        "^[*\\s]*(?:for\\s+[^,.!?]{1,40},\\s*)?follow\\s+(?:us|me)(?:\\s*[!:.]|\\s+(?:on|at)\\b|\\s*@|\\s*$)",
        // a sign-up form's prompt left when its field went ("Enter your email address to subscribe to this blog…")
        "^\\W*enter\\s+your\\s+e-?mail(?:\\s+address)?\\b",
        // sharing asked for ("Like this story? Share it with a friend!", "Like this? - Check out similar tutorials below"), a
        // page to follow ("Become a fan of CNNOpinion")
        "^\\W*like\\s+this(?:\\s+(?:story|article|post|page))?\\s*\\?", "^\\W*become\\s+a\\s+fan\\s+of\\b");

    /** Longer than this, a box holding a sign-up form's small print holds more than the form. */
    static final int MAX_SIGN_UP_BOX = 1_500;

    /**
     * The small print under a sign-up form ("By signing up, you agree to receive…", "By clicking Sign
     * Me Up, you confirm…", "Mit der Anmeldung stimmen Sie…"): whatever the form's pitch says, a box
     * that holds it is the form, the site's and not the article's.
     */
    private static final WordedPattern SIGN_UP_SMALL_PRINT = WordedPattern.of(MAX_SIGN_UP_BOX,
        List.of("signing up", "subscribing", "registering", "clicking", "anmeldung", "registrierung", "inscrivant", "abonnant", "suscrib",
            "registrar", "inscrever", "assinar", "cadastrar", "подписываясь", "بالاشتراك", "بالتسجيل"),
        "\\bby\\s+(?:signing\\s+up|subscribing|registering|clicking\\s+[\\w\\s'\"“”]{1,30}?),?\\s+you\\s+(?:agree|confirm|consent|acknowledge|accept)\\b",
        "\\bmit\\s+(?:der|ihrer|deiner)\\s+(?:anmeldung|registrierung)\\s+(?:stimmen|akzeptieren|bestätigen|erklären)\\s+sie\\b",
        "\\ben\\s+vous\\s+(?:inscrivant|abonnant),?\\s+vous\\s+(?:acceptez|confirmez)\\b",
        "\\bal\\s+(?:suscribirte|suscribirse|registrarte|registrarse),?\\s+(?:aceptas|acepta|confirmas|confirma)\\b",
        "\\bao\\s+(?:se\\s+inscrever|assinar|se\\s+cadastrar),?\\s+(?:você\\s+)?(?:concorda|aceita|confirma)\\b",
        "\\bподписываясь,?\\s+вы\\s+(?:соглашаетесь|принимаете|подтверждаете)",
        "(?:بالاشتراك|بالتسجيل)،?\\s+(?:فإنك\\s+|أنت\\s+)?(?:توافق|تقر)");

    private ClosingAppeal() {}

    static boolean is(String text) {
        return APPEAL.findIn(text) || LINE_OPENING_APPEAL.opens(text);
    }

    /** Whether the text holds a sign-up form's small print (up to {@link #MAX_SIGN_UP_BOX} characters). */
    static boolean holdsSignUpSmallPrint(String text) {
        return SIGN_UP_SMALL_PRINT.findIn(text);
    }
}
