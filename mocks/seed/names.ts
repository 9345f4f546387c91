/**
 * Japanese names with their katakana reading and a romanisation (for e-mail addresses). faker's `ja`
 * locale has names in kanji but no readings, so the generated policyholders draw from these lists
 * (through the seeded faker) to carry a true フリガナ.
 */

/** A name as `[kanji, katakana reading, romaji]`. */
export type NameReading = readonly [string, string, string];

const split = (rows: string): NameReading[] =>
  rows
    .trim()
    .split(/\s+/)
    .map((row) => {
      const [kanji = '', kana = '', romaji = ''] = row.split(':');
      return [kanji, kana, romaji] as const;
    });

/** Family names (the most common ones in Japan, and some less so). */
export const FAMILY_NAMES: readonly NameReading[] = split(`
  佐藤:サトウ:sato 鈴木:スズキ:suzuki 高橋:タカハシ:takahashi 田中:タナカ:tanaka 伊藤:イトウ:ito
  渡辺:ワタナベ:watanabe 山本:ヤマモト:yamamoto 中村:ナカムラ:nakamura 小林:コバヤシ:kobayashi 加藤:カトウ:kato
  吉田:ヨシダ:yoshida 山田:ヤマダ:yamada 佐々木:ササキ:sasaki 松本:マツモト:matsumoto 井上:イノウエ:inoue
  木村:キムラ:kimura 林:ハヤシ:hayashi 清水:シミズ:shimizu 山崎:ヤマザキ:yamazaki 森:モリ:mori
  池田:イケダ:ikeda 橋本:ハシモト:hashimoto 阿部:アベ:abe 石川:イシカワ:ishikawa 山下:ヤマシタ:yamashita
  中島:ナカジマ:nakajima 石井:イシイ:ishii 小川:オガワ:ogawa 前田:マエダ:maeda 岡田:オカダ:okada
  長谷川:ハセガワ:hasegawa 藤田:フジタ:fujita 後藤:ゴトウ:goto 近藤:コンドウ:kondo 村上:ムラカミ:murakami
  遠藤:エンドウ:endo 青木:アオキ:aoki 坂本:サカモト:sakamoto 斉藤:サイトウ:saito 福田:フクダ:fukuda
  太田:オオタ:ota 西村:ニシムラ:nishimura 藤井:フジイ:fujii 岡本:オカモト:okamoto 藤原:フジワラ:fujiwara
  中川:ナカガワ:nakagawa 三浦:ミウラ:miura 原田:ハラダ:harada 松田:マツダ:matsuda 竹内:タケウチ:takeuchi
  中野:ナカノ:nakano 小野:オノ:ono 田村:タムラ:tamura 金子:カネコ:kaneko 和田:ワダ:wada
  中山:ナカヤマ:nakayama 石田:イシダ:ishida 上田:ウエダ:ueda 森田:モリタ:morita 柴田:シバタ:shibata
  酒井:サカイ:sakai 工藤:クドウ:kudo 横山:ヨコヤマ:yokoyama 宮崎:ミヤザキ:miyazaki 宮本:ミヤモト:miyamoto
  内田:ウチダ:uchida 高木:タカギ:takagi 谷口:タニグチ:taniguchi 安藤:アンドウ:ando 丸山:マルヤマ:maruyama
  今井:イマイ:imai 大野:オオノ:ono 高田:タカダ:takada 菅原:スガワラ:sugawara 河野:コウノ:kono
  武田:タケダ:takeda 藤本:フジモト:fujimoto 上野:ウエノ:ueno 杉山:スギヤマ:sugiyama 千葉:チバ:chiba
  村田:ムラタ:murata 増田:マスダ:masuda 小島:コジマ:kojima 平野:ヒラノ:hirano 大塚:オオツカ:otsuka
  比嘉:ヒガ:higa 新垣:アラカキ:arakaki 五十嵐:イガラシ:igarashi 東海林:ショウジ:shoji 小鳥遊:タカナシ:takanashi
`);

/** Given names, women's and men's. */
export const GIVEN_NAMES: readonly NameReading[] = split(`
  翔太:ショウタ:shota 陽菜:ヒナ:hina 大輔:ダイスケ:daisuke 美咲:ミサキ:misaki 健太:ケンタ:kenta
  さくら:サクラ:sakura 拓也:タクヤ:takuya 結衣:ユイ:yui 直樹:ナオキ:naoki 彩花:アヤカ:ayaka
  悠斗:ユウト:yuto 真由美:マユミ:mayumi 誠:マコト:makoto 愛:アイ:ai 隆:タカシ:takashi
  由美子:ユミコ:yumiko 蓮:レン:ren 花子:ハナコ:hanako 陽翔:ハルト:haruto 結菜:ユイナ:yuina
  湊:ミナト:minato 凛:リン:rin 大和:ヤマト:yamato 葵:アオイ:aoi 悠真:ユウマ:yuma
  芽依:メイ:mei 樹:イツキ:itsuki 美月:ミツキ:mitsuki 颯太:ソウタ:sota 莉子:リコ:riko
  健一:ケンイチ:kenichi 恵子:ケイコ:keiko 浩二:コウジ:koji 幸子:サチコ:sachiko 正樹:マサキ:masaki
  智子:トモコ:tomoko 和也:カズヤ:kazuya 裕子:ユウコ:yuko 哲也:テツヤ:tetsuya 久美子:クミコ:kumiko
  亮:リョウ:ryo 舞:マイ:mai 翼:ツバサ:tsubasa 七海:ナナミ:nanami 大樹:ダイキ:daiki
  千尋:チヒロ:chihiro 海斗:カイト:kaito 美穂:ミホ:miho 達也:タツヤ:tatsuya 香織:カオリ:kaori
  優斗:ユウト:yuto 明日香:アスカ:asuka 拓海:タクミ:takumi 麻衣:マイ:mai 雄太:ユウタ:yuta
  瞳:ヒトミ:hitomi 修:オサム:osamu 純子:ジュンコ:junko 勇気:ユウキ:yuki 紗希:サキ:saki
`);
