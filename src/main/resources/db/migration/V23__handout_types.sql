-- Only handouts are served from content_asset (see HandoutType): a PDF, an Office document or an image.
-- Files imported before the allow-list (HTML, SVG, scripts, stylesheets from a site's tree) could run
-- script in the app's origin, so they go; the rest take the content type of their extension.
delete from content_asset where lower(path) !~ '\.(pdf|doc|docx|pptx|xlsx|png|jpg|jpeg|gif)$';

update content_asset set content_type = case substring(lower(path) from '\.([a-z]+)$')
    when 'pdf' then 'application/pdf'
    when 'doc' then 'application/msword'
    when 'docx' then 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
    when 'pptx' then 'application/vnd.openxmlformats-officedocument.presentationml.presentation'
    when 'xlsx' then 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
    when 'png' then 'image/png'
    when 'gif' then 'image/gif'
    else 'image/jpeg' end;

alter table content_asset add constraint content_asset_handout_type check (
    lower(path) ~ '\.(pdf|doc|docx|pptx|xlsx|png|jpg|jpeg|gif)$'
    and content_type in ('application/pdf', 'application/msword',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'application/vnd.openxmlformats-officedocument.presentationml.presentation',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'image/png', 'image/jpeg', 'image/gif'));
