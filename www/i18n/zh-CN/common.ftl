# Chain Lab：各页面共用的界面外壳、课堂工具和提示。
# 英文目录（www/i18n/en/common.ftl）的简体中文翻译；见 docs/translating.md。

## 页眉、导航和语言菜单
brand = Chain Lab
nav-label = 模拟
sim-consensus-nav = 抽样共识
sim-rollup-nav = 乐观 Rollup
sim-swap-nav = 原子交换
sim-stablecoin-nav = 稳定币
sim-validators-nav = 验证者
lang-menu-label = 语言
lang-problem = 本页部分内容无法以你的语言显示（{ $why }），已改用英文显示。

## 加载与不存在的页面
app-opening-playlist = 正在打开播放列表…
app-loading-page = 正在加载页面…
not-found-title = 暂无此模拟
not-found-text = { $path } 处没有页面。
not-found-link = 查看 Chain Lab 的所有模拟
module-error-text = 每个模拟都是一个单独的文件（{ $file }），在首次打开其页面时下载，而这个文件未能加载。
offline-hint = 离线了？应用会保留它打开过的每个页面；此页面尚未在此浏览器中联网打开过。请联网后重试。
try-again = 重试
other-simulations = 其他模拟

## 键盘帮助
help-button-title = 键盘快捷键（?）
help-title = 键盘
help-key-space = 空格
help-do-space = 播放或暂停
help-key-next = → 或 Page Down
help-do-next = 前进一轮（演示翻页器发送的按键）
help-key-back = ← 或 Page Up
help-do-back = 后退一轮（从种子重放本次运行）
help-key-reset = R
help-do-reset = 将运行重置到第 0 轮
help-key-views = 1 – 4
help-do-views = 共识页面：切换视图（网络、对比、实验、子网）
help-key-help = ?
help-do-help = 打开本帮助
help-key-close = Esc
help-do-close = 关闭本帮助
help-key-tab = Tab
help-do-tab = 在控件之间移动；Enter 或空格键激活
help-clicker = 演示翻页器的前进和后退按钮发送 Page Down 和 Page Up：它们让模拟前进或后退一步；在带播放列表的演示模式下，则切换到下一个或上一个片段（方向键仍然逐步前进）。
close = 关闭

## 各页面的说明面板
explain-label = 说明

## 时间控件（每个模拟页面）
time-controls-label = 时间控件
time-play = 播放
time-pause = 暂停
time-finished = 已结束
time-play-title = 播放或暂停（空格）
time-back = 后退
time-back-title = 后退一{ $unit }（左方向键、Page Up）
time-step = 前进
time-step-title = 前进一{ $unit }（右方向键、Page Down）
time-reset = 重置
time-reset-title = 重置到开头（R）
time-speed = 速度
time-speed-max = 尽可能快
time-seed = 种子
time-seed-error = { $value } 不是种子：请使用 0 到 18446744073709551615 之间的整数
time-new-seed = 新种子
time-new-seed-title = 随机抽取一个新种子
time-copy-link = 复制链接
time-copy-link-title = 复制指向本次运行此刻状态的链接
time-link-copied = 链接已复制
time-link-below = 链接见下方
time-link-label = 指向此刻的链接
notice-settings = 此链接中的部分设置无法使用：
notice-dismiss = 关闭提示

## 模拟中一步的名称（插入时间控件的文字中）
unit-round = 轮
unit-run = 次运行
unit-block = 个区块
unit-epoch = 个纪元
unit-minute = 分钟
unit-hour = 小时
unit-batch = 个批次
unit-step = 步

## 课堂工具：工具栏、二维码、嵌入、导出
dock-timeline = 时间轴
dock-step-label = { $step } { $unit }，已到达 { $furthest }
dock-tools-label = 课堂工具
dock-qr = 二维码
dock-qr-title = 显示本次运行的二维码，供手机打开
dock-present = 演示
dock-present-title = 投影主题、全屏、播放列表
dock-tour = 导览
dock-embed = 嵌入
dock-embed-title = 把这个模拟放进你自己的网页
qr-title = 在手机上打开本次运行
qr-image-label = 本次运行链接的二维码
qr-too-long = 此链接太长，无法生成二维码。
qr-link-label = 二维码中的链接
embed-title = 嵌入这个模拟
embed-text = 把这段代码粘贴到你的网页中。它会在此刻打开，不带本站的菜单，滚动到可见时开始运行，并通过 postMessage 接收命令（见 docs/embed.md）。
embed-code-label = 嵌入代码
embed-copy = 复制嵌入代码
embed-copied = 已复制
embed-copy-by-hand = 请选中上方的代码并复制
# 嵌入代码中 <iframe> 的标题（$sim：模拟的路由名，如 "swap"）。
embed-iframe-title = Chain Lab：{ $sim } 模拟
embed-footer = Chain Lab · 打开完整页面
export-button = 导出
export-files-failed = 无法生成数据文件：{ $why }
export-gone = { $file } 已不再提供
export-save-failed = 无法保存文件：{ $why }

## 演示模式工具栏
present-label = 演示
present-back = 后退一{ $unit }
present-back-title = 后退一{ $unit }（左方向键）
present-step = 前进一{ $unit }
present-step-title = 前进一{ $unit }（右方向键）
present-reset = 重置到开头
present-step-label = { $step } { $unit }
present-fullscreen = 全屏
present-playlist = 播放列表
present-playlist-none = 无
present-playlist-file = 来自文件
present-playlist-unknown = 未找到：{ $name }
present-open = 打开文件…
present-open-title = 打开播放列表文件
present-exit = 退出
present-exit-title = 退出演示模式

## 播放列表和导览，逐个片段
walk-position = { $title } · 第 { $i } 个，共 { $n } 个
walk-predict = 先预测，再运行：
walk-right = 答对了。
walk-wrong = 不太对。
walk-run = 运行
walk-show-answer = 显示答案
walk-next = 下一个
walk-end-tour = 结束导览
walk-error = 无法使用此播放列表：{ $why }

## 链接中外壳参数（embed、present、playlist、tour、cue、end、lang）的问题
shell-not-on-off = { $key } = { $value } 不是 0 或 1；按 1（开启）处理
shell-lang = lang = { $value } 不是 Chain Lab 支持的语言（{ $tags }）；改用浏览器的语言
shell-end = end = { $value } 不是 stop 或 loop；停在第一个时刻
shell-cue = cue = { $value } 不是片段编号（0、1、2…）；显示片段 0
shell-cue-past = cue = { $cue } 超出了此播放列表的 { $n } 个片段（0 到 { $last }）；显示最后一个
# 链接中的长值，为提示而截短。
query-clipped = { $start }…（共 { $n } 个字符）

## 播放列表文件的问题
playlist-not-json = 不是播放列表：{ $why }
playlist-cue-count = 播放列表应有 1 到 { $max } 个片段，此列表有 { $n } 个
playlist-cue-sim = 片段 { $n }：sim { $sim } 不在 { $sims } 之中
playlist-cue-seed = 片段 { $n }：seed = { $seed } 超过了 { $max }，即浏览器能精确保存的最大整数
playlist-cue-at = 片段 { $n }：at = { $at } 超过了 { $max }
playlist-cue-from = 片段 { $n }：from 不能晚于 at
playlist-cue-params = 片段 { $n }：params 应是类似 "n=400&k=20" 的查询字符串
playlist-cue-param-key = 片段 { $n }：params 不能设置 { $key }（请使用片段自己的字段）
playlist-cue-predict = 片段 { $n }：预测题应有 2 到 6 个选项，且答案在其中
playlist-unknown = 没有名为 { $name } 的播放列表
playlist-untranslated = 此播放列表尚无你的语言版本（{ $why }），以英文显示。

## 错误
error-title = 出错了
error-text = 模拟遇到了无法恢复的错误。你的链接没有改变；你可以重新加载它，或回到首页并使用默认设置。
error-reload = 重新加载此链接
error-reset = 恢复默认设置
# $what：页面所称的图（如 "history chart"）。
draw-failed = 无法绘制 { $what }：{ $why }
export-empty = { $file } 内容为空
codec-loading = 正在加载批次发布者的 Brotli（{ $file }，约 460 KB）；运行会同时继续。
codec-failed = 本页面用真正的 Brotli 压缩每个批次，它是一个单独的文件（{ $file }，约 460 KB），在页面首次打开时下载，而该文件未能加载：{ $why }

## 图表文字（绘制在画布上；`长|短`：放不下长文字时绘制短文字）
chart-prefer = 倾向{ $colour }
chart-mean-confidence = 平均置信度 / Beta
chart-finalised = 已最终确定
chart-history-title = 诚实节点的偏好，逐轮变化
chart-history-x = 轮
chart-history-y = 诚实节点占比|诚实节点
chart-histogram-title = { $n } 次运行达到最终性所需的轮数
chart-histogram-empty = 按“播放”开始运行
chart-histogram-none = 还没有运行达到最终性
chart-histogram-x = 所有诚实节点最终确定所需的轮数|达到最终性的轮数
chart-histogram-y = 运行次数
chart-balances-title = 交换的每一笔资产由谁持有
chart-balances-x-minutes = 自开始以来的时间（分钟）|分钟
chart-balances-x-hours = 自开始以来的时间（小时）|小时
chart-balances-y = 持有的份额|持有
chart-alice-a = Alice 在 A 链（BTC）
chart-bob-a = Bob 在 A 链（BTC）
chart-alice-b = Alice 在 B 链（ETH）
chart-bob-b = Bob 在 B 链（ETH）
chart-held-all = { $wallet }：全部
chart-held-none = { $wallet }：无
chart-held-part = { $wallet }：部分
chart-sweep-title = 仅 L1 与 Rollup 对比，按负载（对数坐标）|仅 L1 与 Rollup 对比
chart-sweep-l1 = 仅 L1（每笔交易 21,000 gas）|仅 L1
chart-sweep-rollup = Rollup（批次数据 + 每批次 21,000 gas）|Rollup
chart-sweep-capacity = L1 的容量
chart-sweep-x = 提交负载，tx/s
chart-sweep-throughput = 被打包的交易（吞吐量）|吞吐量
chart-sweep-throughput-y = 打包的 tx/s
chart-sweep-cost = 每笔交易的 L1 成本
chart-sweep-cost-y = 每笔 tx 的 gwei

## 链接中未按原样使用的设置（$key：参数名，$value：原始写法）
query-more = 此链接中还有 { $n } 项设置未按原样使用
query-outside = { $key } = { $value } 超出 { $lo }..{ $hi } 范围；改用默认值 { $default }
query-not-whole = { $key } = { $value } 不是 { $lo } 到 { $hi } 之间的整数；改用默认值 { $default }
query-not-number = { $key } = { $value } 不是数字；改用默认值 { $default }
query-list-ignored = { $key }：已忽略 { $bad }（每一项都必须是 { $lo } 到 { $hi } 之间的数字）
query-not-one-of = { $key } = { $value } 不是 { $names } 之一；改用默认值 { $default }
query-unknown = 已忽略未知参数 { $key }
