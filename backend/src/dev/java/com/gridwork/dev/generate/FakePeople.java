package com.gridwork.dev.generate;

import com.gridwork.common.crypto.IdCards;

import java.time.LocalDate;
import java.util.Random;

/**
 * Plausible (fictitious) Chinese people: names from common surnames and given-name characters, valid ID numbers
 * (real division codes of a few cities, a birth date, a sequence whose parity gives the sex, the GB 11643 check
 * character) and mobile numbers. Deterministic for a given {@link Random}.
 */
public final class FakePeople {
    /** The hundred most common surnames, most frequent first (weighted towards the front when drawn). */
    private static final String[] SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
                    + "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
            .split("");

    private static final String[] MALE = "伟强磊军洋勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林欣晨阳建国志文博峰成亮海东斌晓天浩然子轩宇航俊杰".split("");
    private static final String[] FEMALE = "芳娜敏静丽艳娟霞秀英华慧巧美娅玲桂丹萍红玉兰琴云莉洁琳雪梅倩婷颖露瑶怡佳欣悦雨涵梓萱诗琪晓彤".split("");
    /** Division codes (GB/T 2260) of districts in a few cities. The first is "local" for the demo sub-district. */
    public static final String[] LOCAL_DIVISIONS = {"330106", "330105", "330102", "330108"};

    public static final String[] OTHER_DIVISIONS = {
        "110101", "110105", "310104", "320102", "340104", "360102", "410105", "420106", "430102", "440106", "500103",
        "510107", "610113", "370102", "412702", "341202", "511002", "360702"
    };
    private static final String[] MOBILE_PREFIXES = {
        "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155", "156", "157",
        "158", "159", "166", "173", "175", "176", "177", "180", "181", "182", "183", "185", "186", "187", "188", "189",
        "191", "199"
    };

    private FakePeople() {}

    public static String surname(Random random) {
        // Squared uniform: the common surnames come up far more often, as they do.
        double u = random.nextDouble();
        return SURNAMES[(int) (u * u * SURNAMES.length)];
    }

    public static String givenName(Random random, boolean male) {
        String[] pool = male ? MALE : FEMALE;
        String first = pool[random.nextInt(pool.length)];
        return random.nextInt(100) < 30 ? first : first + pool[random.nextInt(pool.length)];
    }

    /** A valid 18-character ID number (a random sequence number of the right parity; draw again on a collision). */
    public static String idNumber(Random random, String division, LocalDate birth, boolean male) {
        int sequence = random.nextInt(500) * 2 + (male ? 1 : 0);
        String first17 = division
                + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
                + String.format("%03d", sequence);
        return first17 + IdCards.checkCharacter(first17);
    }

    public static String mobile(Random random) {
        return MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)]
                + String.format("%08d", random.nextInt(100_000_000));
    }

    /** A birth date for someone aged {@code minAge}..{@code maxAge} on {@code today}. */
    public static LocalDate birthDate(Random random, LocalDate today, int minAge, int maxAge) {
        int age = minAge + random.nextInt(Math.max(maxAge - minAge + 1, 1));
        return today.minusYears(age).minusDays(1 + random.nextInt(364));
    }
}
