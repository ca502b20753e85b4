import type { ArticleTarget } from '../../core/broadcasts/article-target.js'

/** The dry run's line for a message's Zalo OA article broadcast: whom it reaches, or why nobody. */
export function articleTargetLine(target: ArticleTarget): string {
  switch (target.kind) {
    case 'province':
      return `  zalo-oa bài viết: gửi người quan tâm OA ở ${target.province} (mã tỉnh Zalo ${target.cityCode})`
    case 'all_followers':
      return target.why === 'audience_all' ? '  zalo-oa bài viết: gửi mọi người quan tâm OA (đối tượng là tất cả)' : '  zalo-oa bài viết: gửi mọi người quan tâm OA, rộng hơn đối tượng (Zalo chỉ lọc bài viết theo tỉnh, không theo cơ quan hay vai trò)'
    case 'not_sent':
      return `  zalo-oa bài viết: KHÔNG gửi — ${target.province} chưa có mã tỉnh Zalo trong ZALO_OA_CITY_CODES`
  }
}
