import type { ImageFile } from '../../model/image';

/** nginx's welcome page (615 bytes), as the official image ships it. */
export const NGINX_WELCOME_PAGE = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

/** nginx's built-in error page: "<code> <reason>" in a title, h1 and the server line. */
export function nginxErrorPage(status: number, reason: string, version: string): string {
  return [
    '<html>',
    `<head><title>${status} ${reason}</title></head>`,
    '<body>',
    `<center><h1>${status} ${reason}</h1></center>`,
    `<hr><center>nginx/${version}</center>`,
    '</body>',
    '</html>',
    '',
  ].join('\r\n');
}

const NGINX_CONF = `user  nginx;
worker_processes  auto;

error_log  /var/log/nginx/error.log notice;
pid        /run/nginx.pid;


events {
    worker_connections  1024;
}


http {
    include       /etc/nginx/mime.types;
    default_type  application/octet-stream;

    log_format  main  '$remote_addr - $remote_user [$time_local] "$request" '
                      '$status $body_bytes_sent "$http_referer" '
                      '"$http_user_agent" "$http_x_forwarded_for"';

    access_log  /var/log/nginx/access.log  main;

    sendfile        on;
    #tcp_nopush     on;

    keepalive_timeout  65;

    #gzip  on;

    include /etc/nginx/conf.d/*.conf;
}
`;

export const NGINX_DEFAULT_CONF = `server {
    listen       80;
    listen  [::]:80;
    server_name  localhost;

    #access_log  /var/log/nginx/host.access.log  main;

    location / {
        root   /usr/share/nginx/html;
        index  index.html index.htm;
    }

    #error_page  404              /404.html;

    # redirect server error pages to the static page /50x.html
    #
    error_page   500 502 503 504  /50x.html;
    location = /50x.html {
        root   /usr/share/nginx/html;
    }
}
`;

const FIFTY_X = `<!DOCTYPE html>
<html>
<head>
<title>Error</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>An error occurred.</h1>
<p>Sorry, the page you are looking for is currently unavailable.<br/>
Please try again later.</p>
<p>If you are the system administrator of this resource then you should check
the error log for details.</p>
<p><em>Faithfully yours, nginx.</em></p>
</body>
</html>
`;

const ENTRYPOINT_SCRIPT = `#!/bin/sh
# vim:sw=4:ts=4:et

set -e

entrypoint_log() {
    if [ -z "\${NGINX_ENTRYPOINT_QUIET_LOGS:-}" ]; then
        echo "$@"
    fi
}

if [ "$1" = "nginx" ] || [ "$1" = "nginx-debug" ]; then
    entrypoint_log "$0: Configuration complete; ready for start up"
fi

exec "$@"
`;

export function nginxFiles(withEntrypoint: boolean): ImageFile[] {
  return [
    { path: '/etc/nginx/nginx.conf', content: NGINX_CONF },
    { path: '/etc/nginx/conf.d/default.conf', content: NGINX_DEFAULT_CONF },
    { path: '/usr/share/nginx/html/index.html', content: NGINX_WELCOME_PAGE },
    { path: '/usr/share/nginx/html/50x.html', content: FIFTY_X },
    { path: '/var/log/nginx/access.log', content: '' },
    { path: '/var/log/nginx/error.log', content: '' },
    { path: '/var/cache/nginx/.keep', content: '' },
    ...(withEntrypoint
      ? [
          { path: '/docker-entrypoint.sh', content: ENTRYPOINT_SCRIPT, mode: 0o775 },
          { path: '/docker-entrypoint.d/10-listen-on-ipv6-by-default.sh', content: '#!/bin/sh\n', mode: 0o775 },
          { path: '/docker-entrypoint.d/15-local-resolvers.envsh', content: '#!/bin/sh\n', mode: 0o775 },
          { path: '/docker-entrypoint.d/20-envsubst-on-templates.sh', content: '#!/bin/sh\n', mode: 0o775 },
          { path: '/docker-entrypoint.d/30-tune-worker-processes.sh', content: '#!/bin/sh\n', mode: 0o775 },
        ]
      : []),
  ];
}
