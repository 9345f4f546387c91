/**
 * Policyholders for the seed: Japanese names with katakana readings, 090 mobile numbers and
 * e-mail addresses on the reserved domain example.jp. Fixed lists, chosen by a seeded {@link Random}.
 */
import type { Policy } from '../../src/domain/records';
import type { Random } from '../random';

/** [kanji, katakana, romaji] family names. */
const FAMILY_NAMES: readonly (readonly [string, string, string])[] = [
  ['佐藤', 'サトウ', 'sato'],
  ['鈴木', 'スズキ', 'suzuki'],
  ['高橋', 'タカハシ', 'takahashi'],
  ['田中', 'タナカ', 'tanaka'],
  ['伊藤', 'イトウ', 'ito'],
  ['渡辺', 'ワタナベ', 'watanabe'],
  ['山本', 'ヤマモト', 'yamamoto'],
  ['中村', 'ナカムラ', 'nakamura'],
  ['小林', 'コバヤシ', 'kobayashi'],
  ['加藤', 'カトウ', 'kato'],
  ['吉田', 'ヨシダ', 'yoshida'],
  ['山田', 'ヤマダ', 'yamada'],
  ['佐々木', 'ササキ', 'sasaki'],
  ['松本', 'マツモト', 'matsumoto'],
  ['井上', 'イノウエ', 'inoue'],
  ['木村', 'キムラ', 'kimura'],
  ['林', 'ハヤシ', 'hayashi'],
  ['清水', 'シミズ', 'shimizu'],
  ['森', 'モリ', 'mori'],
  ['池田', 'イケダ', 'ikeda'],
];

/** [kanji, katakana, romaji] given names. */
const GIVEN_NAMES: readonly (readonly [string, string, string])[] = [
  ['翔太', 'ショウタ', 'shota'],
  ['陽菜', 'ヒナ', 'hina'],
  ['大輔', 'ダイスケ', 'daisuke'],
  ['美咲', 'ミサキ', 'misaki'],
  ['健太', 'ケンタ', 'kenta'],
  ['さくら', 'サクラ', 'sakura'],
  ['拓也', 'タクヤ', 'takuya'],
  ['結衣', 'ユイ', 'yui'],
  ['直樹', 'ナオキ', 'naoki'],
  ['彩花', 'アヤカ', 'ayaka'],
  ['悠斗', 'ユウト', 'yuto'],
  ['真由美', 'マユミ', 'mayumi'],
  ['誠', 'マコト', 'makoto'],
  ['愛', 'アイ', 'ai'],
  ['隆', 'タカシ', 'takashi'],
  ['由美子', 'ユミコ', 'yumiko'],
  ['蓮', 'レン', 'ren'],
  ['花子', 'ハナコ', 'hanako'],
];

/** A policyholder: name `姓 名`, kana `セイ メイ`, phone `090-xxxx-xxxx`, e-mail on example.jp. */
export function makeHolder(random: Random): Policy['holder'] {
  const [family, familyKana, familyRomaji] = random.pick(FAMILY_NAMES);
  const [given, givenKana, givenRomaji] = random.pick(GIVEN_NAMES);
  return {
    name: `${family} ${given}`,
    kana: `${familyKana} ${givenKana}`,
    phone: `090-${random.digits(4)}-${random.digits(4)}`,
    email: `${givenRomaji}.${familyRomaji}${random.int(1, 99)}@example.jp`,
  };
}
