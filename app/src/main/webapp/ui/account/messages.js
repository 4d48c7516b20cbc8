import { registerMessages } from '../core/i18n.js';

registerMessages({
  en: {
    'account.password': 'Password',
    'account.passwordTitle': 'Change your password',
    'account.passwordIntro': 'Your other signed-in browsers are signed out; this one stays signed in.',
    'account.current': 'Current password',
    'account.new': 'New password',
    'account.newHint': '10 to 200 characters',
    'account.confirm': 'New password again',
    'account.submit': 'Change password',
    'account.mismatch': 'The two new passwords are not the same.',
    'account.tooShort': 'The new password needs at least 10 characters.',
    'account.wrongCurrent': 'The current password is not correct.',
    'account.throttled': 'Too many wrong attempts. Try again in {seconds} s.',
    'account.changed': 'Your password has been changed.',
  },
  'zh-CN': {
    'account.password': '密码',
    'account.passwordTitle': '修改密码',
    'account.passwordIntro': '其他已登录的浏览器会被退出；当前浏览器保持登录。',
    'account.current': '当前密码',
    'account.new': '新密码',
    'account.newHint': '10 到 200 个字符',
    'account.confirm': '再次输入新密码',
    'account.submit': '修改密码',
    'account.mismatch': '两次输入的新密码不一致。',
    'account.tooShort': '新密码至少需要 10 个字符。',
    'account.wrongCurrent': '当前密码不正确。',
    'account.throttled': '错误次数过多，请 {seconds} 秒后再试。',
    'account.changed': '密码已修改。',
  },
});
